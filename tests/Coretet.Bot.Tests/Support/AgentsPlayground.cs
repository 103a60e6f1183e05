using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text.Json;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), offline, driven without a browser through
/// the HTTP and websocket API its own web page uses: <c>/_debug/conversation/{id}/installation</c> (the install
/// events), <c>/_conversation/v1/conversations/{id}/messages</c> (a user message), and the websocket
/// <c>/_ws_conversation/v1/conversations/stream</c> on which it pushes what the bot sent to its mock Connector.
/// It listens on all interfaces and silently takes another port when its port is busy: the port is read from its
/// "Listening on N" line. Activities carry locale en-US (hard-coded in the Playground).
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly string workingDirectory;
    private readonly HttpClient http;
    private readonly ClientWebSocket socket = new();
    private readonly List<JsonElement> pushed = [];
    private readonly SemaphoreSlim arrived = new(0);
    private readonly CancellationTokenSource stopping = new();

    private AgentsPlayground(Process process, string workingDirectory, int port)
    {
        this.process = process;
        this.workingDirectory = workingDirectory;
        Port = port;
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public int Port { get; }

    public PlaygroundConversations Conversations { get; private set; } = null!;

    public static async Task<AgentsPlayground> StartAsync(string botEndpoint)
    {
        var cli = Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"{cli} not found: run 'npm ci' at the repository root.");
        var directory = Directory.CreateTempSubdirectory("coretet-playground-").FullName; // its devTools/ log goes here
        var requested = FreeLoopbackPort();
        var process = NodeScript.Start(cli,
            ["-p", requested.ToString(System.Globalization.CultureInfo.InvariantCulture), "-e", botEndpoint, "-c", "msteams", "--disable-telemetry"],
            new Dictionary<string, string?> { ["TEAMSAPPTESTER_BROWSER"] = "none", ["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true" },
            directory);
        process.StandardInput.Close();
        _ = process.StandardError.ReadToEndAsync();
        var port = await ReadListeningPortAsync(process);
        var playground = new AgentsPlayground(process, directory, port);
        try
        {
            await playground.ConnectAsync();
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    /// <summary>What the Playground's page does when the app is opened in a conversation: installationUpdate + conversationUpdate.</summary>
    public async Task InstallAsync(string conversationId)
    {
        using var response = await http.PostAsJsonAsync($"/_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new { });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A user message; in a group chat or a channel the Playground forwards it only when it mentions the bot.</summary>
    /// <returns>The conversation the bot answers in (a channel message starts a new thread).</returns>
    public async Task<string> SendAsync(string conversationId, string text, bool mentionBot = false)
    {
        var mention = $"<at>{Conversations.BotName}</at>";
        object body = mentionBot
            ? new { from = new { id = Conversations.UserId }, text = $"{mention} {text}", textFormat = "plain", mentions = new[] { new { mentioned = new { id = Conversations.BotId }, text = mention } } }
            : new { from = new { id = Conversations.UserId }, text, textFormat = "plain" };
        using var response = await http.PostAsJsonAsync($"/_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"Playground refused the message: {answer}");
        return answer.TryGetProperty("postConversationId", out var post) && post.GetString() is { } thread ? thread : conversationId;
    }

    /// <summary>
    /// Presses the button <paramref name="title"/> of the card in <paramref name="message"/>, as the Playground's page does:
    /// Action.Submit goes to <c>/_conversation/v1/submit</c> (a message whose value is the button's data merged with the
    /// card's inputs, <c>replyToId</c> = the card), Action.Execute to <c>/_conversation/v1/invoke</c> (adaptiveCard/action).
    /// </summary>
    /// <returns>The Playground's answer (for Action.Execute, the bot's invoke response).</returns>
    public async Task<string> ClickAsync(string conversationId, JsonElement message, string title, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var card = PlaygroundCard.Of(message);
        var action = card.Action(title);
        var data = card.Submitted(action, inputs);
        var common = new Dictionary<string, object?>
        {
            ["conversation"] = new { id = conversationId },
            ["from"] = new { id = Conversations.UserId },
            ["replyToId"] = message.GetProperty("messageId").GetString(),
        };
        string path;
        if (action.GetProperty("type").GetString() == "Action.Execute")
        {
            path = "/_conversation/v1/invoke";
            common["name"] = "adaptiveCard/action";
            common["value"] = new { action = new { type = "Action.Execute", verb = action.GetProperty("verb").GetString(), data }, trigger = "manual" };
        }
        else
        {
            path = "/_conversation/v1/submit";
            common["value"] = data;
        }

        using var response = await http.PostAsJsonAsync(path, common);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Playground refused the click on '{title}': {answer}");
        return answer;
    }

    /// <summary>Waits until the bot's messages pushed for <paramref name="conversationId"/> satisfy <paramref name="done"/>.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForBotMessagesAsync(string conversationId, Func<IReadOnlyList<JsonElement>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = BotMessages(conversationId);
            if (done(messages))
                return messages;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await arrived.WaitAsync(left))
                Assert.Fail($"The bot's answer did not reach the Playground within {timeout}. Pushed so far:\n{string.Join('\n', Snapshot().Select(m => m.GetRawText()))}");
        }
    }

    /// <summary>Adaptive Card JSON of every card the Playground received in these messages.</summary>
    public static List<string> Cards(IEnumerable<JsonElement> messages) =>
        messages.SelectMany(m => m.TryGetProperty("attachments", out var a) ? a.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive")
            .Select(a => a.GetProperty("content").GetRawText())
            .ToList();

    private List<JsonElement> BotMessages(string conversationId) =>
        Snapshot().Where(p => p.TryGetProperty("actionConversationId", out var c) && c.GetString() == conversationId && p.TryGetProperty("message", out _))
            .Select(p => p.GetProperty("message"))
            .Where(m => m.GetProperty("from").GetProperty("id").GetString() == Conversations.BotId)
            .ToList();

    private List<JsonElement> Snapshot()
    {
        lock (pushed)
            return [.. pushed];
    }

    private async Task ConnectAsync()
    {
        Conversations = PlaygroundConversations.From((await http.GetFromJsonAsync<JsonElement>("/_internal/v1/config")).GetProperty("config"));
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/_ws_conversation/v1/conversations/stream"), stopping.Token);
        _ = Task.Run(ReceiveAsync);
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stopping.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                    continue;
                using (var document = JsonDocument.Parse(message.ToArray()))
                {
                    lock (pushed)
                        pushed.Add(document.RootElement.Clone());
                }

                message.SetLength(0);
                arrived.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Stopped.
        }
    }

    private static async Task<int> ReadListeningPortAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Listening on ", StringComparison.Ordinal))
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return int.Parse(line["Listening on ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"The Agents Playground exited (code {process.ExitCode}) before listening.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        socket.Dispose();
        http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        stopping.Dispose();
        arrived.Dispose();
        Directory.Delete(workingDirectory, recursive: true);
    }
}
