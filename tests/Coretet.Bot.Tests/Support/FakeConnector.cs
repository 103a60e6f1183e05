using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coretet.Bot.Channels.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// A real loopback HTTP server playing the Bot Framework Connector (the activities' <c>serviceUrl</c>): send, reply,
/// update (PUT), delete, create conversation, members and paged members. Records every call, assigns message ids,
/// and can be scripted to fail (429 with Retry-After, 5xx) a number of times.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<ConnectorCall> calls = [];
    private readonly List<ScriptedFailure> failures = [];
    private readonly List<(ConnectorOperation Operation, string? MessageId, ConnectorHold Hold)> holds = [];
    private readonly Dictionary<string, List<ChannelAccount>> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Activity> current = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim changed = new(0);
    private long sequence;
    private long messages;

    private FakeConnector(WebApplication app)
    {
        this.app = app;
        app.Run(HandleAsync);
    }

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every call so far, in arrival order (failed scripted ones included).</summary>
    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (calls)
                return [.. calls];
        }
    }

    /// <summary>The highest sequence number so far; pass it to <see cref="CallsSince"/>.</summary>
    public long LastSequence => Interlocked.Read(ref sequence);

    /// <summary>The 1:1 chat id the fake gives when the bot opens a conversation with <paramref name="userId"/>.</summary>
    public static string PersonalConversationId(string userId) => "a:personal-" + userId;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var connector = new FakeConnector(builder.Build());
        await connector.app.StartAsync();
        connector.ServiceUrl = new Uri(connector.app.Urls.First() + "/");
        return connector;
    }

    public IReadOnlyList<ConnectorCall> CallsSince(long sequenceNumber)
    {
        lock (calls)
        {
            var first = calls.Count;
            while (first > 0 && calls[first - 1].Sequence > sequenceNumber)
                first--;
            return calls.GetRange(first, calls.Count - first);
        }
    }

    /// <summary>The next <paramref name="times"/> matching calls answer <paramref name="status"/> (with Retry-After when given).</summary>
    public void FailNext(int times, HttpStatusCode status, TimeSpan? retryAfter = null, Func<ConnectorOperation, bool>? when = null)
    {
        lock (failures)
            failures.Add(new ScriptedFailure(times, status, retryAfter, when ?? (_ => true)));
    }

    /// <summary>
    /// The next <paramref name="operation"/> call (on <paramref name="messageId"/> when given) waits, before it is
    /// applied and recorded, until the hold is released: lets a test decide which of two updates lands last.
    /// </summary>
    public ConnectorHold HoldNext(ConnectorOperation operation, string? messageId = null)
    {
        var hold = new ConnectorHold();
        lock (holds)
            holds.Add((operation, messageId, hold));
        return hold;
    }

    /// <summary>The message as it stands now (after updates), or null when it never existed or was deleted.</summary>
    public Activity? Message(string messageId)
    {
        lock (current)
            return current.GetValueOrDefault(messageId);
    }

    /// <summary>The roster answered for a conversation (members and pagedmembers).</summary>
    public void SetMembers(string conversationId, IEnumerable<ChannelAccount> roster)
    {
        lock (members)
            members[conversationId] = [.. roster];
    }

    /// <summary>Waits until <paramref name="count"/> calls match (for work the bot does after the HTTP response).</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForAsync(Func<ConnectorCall, bool> predicate, int count = 1, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var matching = Calls.Where(predicate).ToList();
            if (matching.Count >= count)
                return matching;
            try
            {
                await changed.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} matching connector call(s), saw {matching.Count}. Calls: {string.Join(", ", Calls)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        changed.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        var path = raw.Split('?')[0];
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var operation = Classify(context.Request.Method, segments);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (TakeHold(operation, segments.Length > 4 ? segments[4] : null) is { } hold)
            await hold.WaitAsync();
        var failure = TakeFailure(operation);
        var status = failure?.Status is { } failed ? (int)failed
            : operation == ConnectorOperation.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        var (response, messageId) = failure is null ? Answer(operation, segments, body, context.Request.Query) : (null, null);
        var authorization = context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null;
        ConnectorCall call;
        lock (calls)
        {
            // Numbered under the lock, so that the list is in sequence order (CallsSince searches it).
            call = new ConnectorCall(
                Interlocked.Increment(ref sequence), operation, context.Request.Method, path,
                segments.Length > 2 ? segments[2] : null, segments.Length > 4 ? segments[4] : null,
                authorization, body, status, DateTimeOffset.UtcNow) { MessageId = messageId };
            calls.Add(call);
        }

        Track(call);
        changed.Release();
        context.Response.StatusCode = status;
        if (failure?.RetryAfter is { } wait)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["X-Correlating-OperationId"] = "op-" + call.Sequence;
        if (response is not null)
            await context.Response.WriteAsJsonAsync(response, BotFrameworkJson.Options);
    }

    private void Track(ConnectorCall call)
    {
        if (!call.Succeeded || call.MessageId is null)
            return;
        lock (current)
        {
            if (call.Operation == ConnectorOperation.Delete)
                current.Remove(call.MessageId);
            else if (call.Activity is { } activity && (call.Operation != ConnectorOperation.Update || current.ContainsKey(call.MessageId)))
                current[call.MessageId] = activity;
        }
    }

    private static ConnectorOperation Classify(string method, string[] s) => (method, s.Length) switch
    {
        ("POST", 2) when s[0] == "v3" && s[1] == "conversations" => ConnectorOperation.CreateConversation,
        ("POST", 4) when s[3] == "activities" => ConnectorOperation.Send,
        ("POST", 5) when s[3] == "activities" => ConnectorOperation.Reply,
        ("PUT", 5) when s[3] == "activities" => ConnectorOperation.Update,
        ("DELETE", 5) when s[3] == "activities" => ConnectorOperation.Delete,
        ("GET", 4) when s[3] is "members" or "pagedmembers" => ConnectorOperation.Members,
        _ => ConnectorOperation.Unknown,
    };

    private (object? Body, string? MessageId) Answer(ConnectorOperation operation, string[] segments, string body, IQueryCollection query)
    {
        switch (operation)
        {
            case ConnectorOperation.Send or ConnectorOperation.Reply:
                var id = "m" + Interlocked.Increment(ref messages);
                return (new ResourceResponse { Id = id }, id);
            case ConnectorOperation.Update:
                return (new ResourceResponse { Id = segments[4] }, segments[4]);
            case ConnectorOperation.Delete:
                return (null, segments[4]);
            case ConnectorOperation.CreateConversation:
                var parameters = JsonSerializer.Deserialize<ConversationParameters>(body, BotFrameworkJson.Options);
                var user = parameters?.Members?.FirstOrDefault()?.Id ?? "unknown";
                return (new ConversationResourceResponse { Id = PersonalConversationId(user) }, null);
            case ConnectorOperation.Members:
                List<ChannelAccount> roster;
                lock (members)
                    roster = members.TryGetValue(segments[2], out var known) ? known : [];
                return segments[3] == "members" ? (roster, null) : (Page(roster, query), null);
            default:
                return (new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound" } }, null);
        }
    }

    /// <summary>Pages of <c>pageSize</c> members; the continuation token is the next index.</summary>
    private static PagedMembersResult Page(List<ChannelAccount> roster, IQueryCollection query)
    {
        var size = int.TryParse(query["pageSize"], out var parsed) && parsed > 0 ? parsed : 200;
        var start = int.TryParse(query["continuationToken"], out var index) ? index : 0;
        var next = start + size;
        return new PagedMembersResult
        {
            Members = [.. roster.Skip(start).Take(size)],
            ContinuationToken = next < roster.Count ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    private ConnectorHold? TakeHold(ConnectorOperation operation, string? messageId)
    {
        lock (holds)
        {
            var index = holds.FindIndex(h => h.Operation == operation && (h.MessageId is null || h.MessageId == messageId));
            if (index < 0)
                return null;
            var hold = holds[index].Hold;
            holds.RemoveAt(index);
            return hold;
        }
    }

    private ScriptedFailure? TakeFailure(ConnectorOperation operation)
    {
        lock (failures)
        {
            var failure = failures.FirstOrDefault(f => f.Remaining > 0 && f.When(operation));
            if (failure is null)
                return null;
            failure.Remaining--;
            return failure;
        }
    }

    private sealed class ScriptedFailure(int times, HttpStatusCode status, TimeSpan? retryAfter, Func<ConnectorOperation, bool> when)
    {
        public int Remaining { get; set; } = times;

        public HttpStatusCode Status { get; } = status;

        public TimeSpan? RetryAfter { get; } = retryAfter;

        public Func<ConnectorOperation, bool> When { get; } = when;
    }
}
