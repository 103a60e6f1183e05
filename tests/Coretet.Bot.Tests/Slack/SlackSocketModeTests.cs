using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Slack.Support;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private readonly TaskCompletionSource<List<string>> done = new();
    private int sessions;
    private SlackHost host = null!;

    public async Task InitializeAsync() =>
        host = await SlackHost.StartAsync([], slack => slack.SocketSession = SessionAsync, o => o.Set("Slack:AppToken", "xapp-test"));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SocketMode_EnvelopesAreAcknowledgedAndHandledLikeHttpRequests()
    {
        var acks = await done.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await host.IdleAsync();

        Assert.Equal(["e1", "e2", "e3"], acks);
        Assert.Equal("Bearer xapp-test", host.Slack.CallsTo("apps.connections.open")[0].Authorization);
        Assert.Equal(["C0001", "C0002"], host.Slack.CallsTo("chat.postMessage").Select(c => c["channel"]).Order());
    }

    /// <summary>Slack's side of one connection: hello, three envelopes (one a redelivery), then a disconnect.</summary>
    private async Task SessionAsync(WebSocket socket)
    {
        if (Interlocked.Increment(ref sessions) > 1)
        {
            await ReceiveAsync(socket); // later reconnections stay quiet until the host stops
            return;
        }

        var acks = new List<string>();
        await SendAsync(socket, new JsonObject { ["type"] = "hello" });
        var first = SlackPayloads.Mention("aide", eventId: "EvSock");
        await SendAsync(socket, Envelope("e1", "events_api", first));
        await SendAsync(socket, Envelope("e2", "events_api", first.DeepClone().AsObject())); // redelivery: acked, processed once
        await SendAsync(socket, Envelope("e3", "slash_commands", JsonSerializer.SerializeToNode(SlackPayloads.Command("help", channel: "C0002"))!.AsObject()));
        for (var i = 0; i < 3; i++)
            acks.Add(JsonNode.Parse(await ReceiveAsync(socket))!["envelope_id"]!.GetValue<string>());
        done.TrySetResult(acks);
        await SendAsync(socket, new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested" });
        await ReceiveAsync(socket);
    }

    private static JsonObject Envelope(string id, string type, JsonObject payload) =>
        new() { ["envelope_id"] = id, ["type"] = type, ["payload"] = payload, ["accepts_response_payload"] = false };

    private static Task SendAsync(WebSocket socket, JsonObject frame) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[8192];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
        return result.MessageType == WebSocketMessageType.Close ? "{}" : Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
