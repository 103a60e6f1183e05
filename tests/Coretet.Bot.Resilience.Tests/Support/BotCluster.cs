using System.Net;
using System.Text.Json;
using Coretet.Bot.Tests.Processes;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>
/// Three (or more) real bot processes sharing one table account (<see cref="ResilienceSettings.Tables"/>) and one
/// <see cref="FakeConnector"/>; the suite's own round-robin load balancer (<see cref="SendAsync"/>) alternates
/// between them. Every run uses fresh user ids (<see cref="User"/>) so that runs against one Azurite never mix.
/// </summary>
public sealed class BotCluster : IAsyncDisposable
{
    private readonly List<BotProcess> instances;
    private readonly List<TeamsClient> clients;
    private readonly List<HttpClient> https;
    private readonly bool ownsConnector;
    private int next = -1;

    private BotCluster(FakeConnector connector, List<BotProcess> instances, IEnumerable<Uri> addresses, bool ownsConnector)
    {
        Connector = connector;
        this.instances = instances;
        this.ownsConnector = ownsConnector;
        https = [.. addresses.Select(a => new HttpClient { BaseAddress = a, Timeout = TimeSpan.FromSeconds(90) })];
        clients = [.. https.Select((h, n) => new TeamsClient(h, connector) { ActivityIdPrefix = $"{Run}-i{n}-" })];
    }

    public FakeConnector Connector { get; }

    public IReadOnlyList<BotProcess> Instances => instances;

    /// <summary>A short id unique to this cluster, in every user id and activity id it makes.</summary>
    public string Run { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>Instances on the suite's Azurite (<see cref="ResilienceSettings.Tables"/>).</summary>
    public static Task<BotCluster> StartAsync(int count = 3, IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync(new Dictionary<string, string> { ["ConnectionStrings__Tables"] = ResilienceSettings.Tables }, count, settings);

    /// <summary>Instances on the given storage (<c>ConnectionStrings__Tables</c>, or <c>Storage__EmbeddedPath</c> for one instance).</summary>
    public static async Task<BotCluster> StartAsync(IReadOnlyDictionary<string, string> storage, int count, IReadOnlyDictionary<string, string>? settings)
    {
        var connector = await FakeConnector.StartAsync();
        var environment = new Dictionary<string, string>(storage, StringComparer.Ordinal)
        {
            ["MicrosoftAppId"] = "",
            ["BotFramework__Connector__RetryBaseDelay"] = "00:00:00.020",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Coretet"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            environment[key] = value;
        var instances = Enumerable.Range(0, count).Select(i => new BotProcess($"bot{i}", environment)).ToList();
        var cluster = new BotCluster(connector, instances, instances.Select(i => i.BaseAddress), ownsConnector: true);
        await Task.WhenAll(instances.Select(i => i.StartAsync()));
        return cluster;
    }

    /// <summary>
    /// The same client over hosts started elsewhere (an in-process host, say) that send to <paramref name="connector"/>;
    /// their owner stops them and the connector. <see cref="Instances"/> is empty.
    /// </summary>
    public static BotCluster Over(FakeConnector connector, params Uri[] addresses) => new(connector, [], addresses, ownsConnector: false);

    public TeamsUser User(int number, string locale = "fr-FR") => TeamsClient.User($"Ally {Run} {number:D4}", locale);

    public TeamsClient Client(int instance) => clients[instance];

    /// <summary>The instance the next round-robin call goes to.</summary>
    public int NextInstance() => (int)((uint)Interlocked.Increment(ref next) % (uint)clients.Count);

    /// <summary>
    /// <paramref name="user"/> writes <paramref name="text"/> in their 1:1 chat through the next instance. A refused
    /// connection or a dropped request (a killed instance) is an answer with status 0, not an exception.
    /// </summary>
    public Task<Answer> SendAsync(TeamsUser user, string text) => SendAsync(NextInstance(), user, text);

    public async Task<Answer> SendAsync(int instance, TeamsUser user, string text)
    {
        var client = clients[instance];
        var conversation = client.Personal(user);
        var activity = client.NewActivity("message", user, conversation);
        activity.Text = text;
        var before = Connector.LastSequence;
        try
        {
            using var response = await client.PostAsync(activity);
            var replies = Connector.CallsSince(before).Where(c => c.Succeeded && c.Activity is not null && c.ConversationId == conversation.Id);
            return new Answer(instance, (int)response.StatusCode, [.. replies.Select(c => new BotReply(c))]);
        }
        catch (HttpRequestException)
        {
            return new Answer(instance, 0, []);
        }
    }

    /// <summary>A team channel known to every instance's client.</summary>
    public TeamsConversation Channel(string name, string team)
    {
        foreach (var client in clients)
            client.Channel(name, team);
        return clients[0].Channel(name, team);
    }

    /// <summary><paramref name="user"/> writes in <paramref name="conversation"/> (the bot mentioned first) through the next instance.</summary>
    public async Task<Answer> SendAsync(TeamsUser user, string text, TeamsConversation conversation)
    {
        var instance = NextInstance();
        var client = clients[instance];
        var activity = client.NewActivity("message", user, conversation);
        activity.Text = $"<at>{client.Bot.Name}</at> {text}";
        activity.Entities = [.. activity.Entities!, JsonSerializer.SerializeToElement(new
        {
            type = "mention",
            text = $"<at>{client.Bot.Name}</at>",
            mentioned = new { id = client.Bot.Id, name = client.Bot.Name },
        })];
        var before = Connector.LastSequence;
        try
        {
            using var response = await client.PostAsync(activity);

            // Several people write in one channel at once: only the replies to this activity are its answer.
            var replies = Connector.CallsSince(before).Where(c => c.Succeeded && c.Activity is not null && c.ConversationId == conversation.Id
                && c.Operation == ConnectorOperation.Reply && c.ActivityId == activity.Id);
            return new Answer(instance, (int)response.StatusCode, [.. replies.Select(c => new BotReply(c))]);
        }
        catch (HttpRequestException)
        {
            return new Answer(instance, 0, []);
        }
    }

    /// <summary><paramref name="user"/> presses <paramref name="button"/> on <paramref name="card"/> through the next instance.</summary>
    public Task<Answer> ClickAsync(TeamsUser user, BotReply card, string button, IReadOnlyDictionary<string, string>? inputs = null) =>
        ClickAsync(NextInstance(), user, card, button, inputs);

    public Task<Answer> ClickAsync(int instance, TeamsUser user, BotReply card, string button, IReadOnlyDictionary<string, string>? inputs = null) =>
        AnswerAsync(instance, null, client => client.ClickAsync(user, card, button, inputs));

    /// <summary>The latest version of a posted card (its post, then every update in place), and every version in order.</summary>
    public IReadOnlyList<BotReply> Versions(BotReply card) =>
        [.. Connector.Calls.Where(c => c.Succeeded && c.Activity is not null && c.MessageId == card.MessageId).Select(c => new BotReply(c))];

    /// <summary>Successful sends and replies the bot made in <paramref name="user"/>'s 1:1 chat (updates excluded).</summary>
    public IReadOnlyList<ConnectorCall> Delivered(TeamsUser user)
    {
        var id = FakeConnector.PersonalConversationId(user.Id);
        return [.. Connector.Calls.Where(c => c.Succeeded && c.ConversationId == id && c.Operation is ConnectorOperation.Send or ConnectorOperation.Reply)];
    }

    private async Task<Answer> AnswerAsync(int instance, string? conversationId, Func<TeamsClient, Task<BotReplies>> send)
    {
        try
        {
            var replies = await send(clients[instance]);
            return new Answer(instance, replies.Status, [.. replies.Where(r => conversationId is null || r.ConversationId == conversationId)]);
        }
        catch (HttpRequestException)
        {
            return new Answer(instance, 0, []);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("The bot answered", StringComparison.Ordinal))
        {
            return new Answer(instance, 500, []);
        }
    }

    /// <summary>Every instance answers <c>/healthz</c>.</summary>
    public async Task<bool> AllHealthyAsync()
    {
        foreach (var http in https)
        {
            using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
                return false;
        }

        return true;
    }

    /// <summary>Every instance's console output, for failure messages.</summary>
    public string Output => string.Join("\n", instances.Select(i => $"==== {i.Name}\n{i.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var http in https)
            http.Dispose();
        foreach (var instance in instances)
            await instance.DisposeAsync();
        if (ownsConnector)
            await Connector.DisposeAsync();
    }
}
