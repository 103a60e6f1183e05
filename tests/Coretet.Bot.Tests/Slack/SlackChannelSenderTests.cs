using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Tests.Slack.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackChannelSenderTests : IAsyncLifetime
{
    private SlackHost host = null!;
    private IChannelSender sender = null!;

    public async Task InitializeAsync()
    {
        host = await SlackHost.StartAsync();
        sender = host.Services.GetServices<IChannelSender>().Single(s => s.Handles("slack"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void Sender_HandlesSlackOnly()
    {
        Assert.True(sender.Handles("slack"));
        Assert.False(sender.Handles("msteams"));
    }

    [Fact]
    public async Task SendDirect_OpensTheDmThenPostsIntoIt()
    {
        var posted = await sender.SendDirectAsync(new UserRef("slack", "U42", "Zoé"), new MessageView("Bonjour"), CancellationToken.None);

        Assert.Equal(["conversations.open", "chat.postMessage"], host.Slack.Calls.Select(c => c.Method));
        Assert.Equal("U42", host.Slack.CallsTo("conversations.open")[0]["users"]);
        Assert.Equal("DU42", host.Slack.CallsTo("chat.postMessage")[0]["channel"]);
        Assert.NotNull(posted);
        Assert.Equal(("DU42", ConversationKind.Personal), (posted.Conversation.Id, posted.Conversation.Kind));
        Assert.False(string.IsNullOrEmpty(posted.MessageId));
    }

    [Fact]
    public async Task SendDirect_AFormWithoutTrigger_CarriesInputBlocks()
    {
        var form = new CardView("Expérience", [new TextInput("learned", "Qu'avons-nous appris ?")], [new CardButton("Envoyer", "capture.answer")]);

        await sender.SendDirectAsync(new UserRef("slack", "U42", "Zoé"), form, CancellationToken.None);

        Assert.Contains(host.Slack.CallsTo("chat.postMessage")[0].Blocks.AsArray(), b => b!["type"]!.GetValue<string>() == "input");
    }

    [Fact]
    public async Task Update_ReplacesTheMessageInPlace()
    {
        var conversation = new ConversationRef("slack", "C5", ConversationKind.Channel) { SpaceId = SlackPayloads.Team };

        await sender.UpdateAsync(conversation, "1700000000.000009", new CardView("Tally", new CardText("3 pour")), CancellationToken.None);

        var update = Assert.Single(host.Slack.CallsTo("chat.update"));
        Assert.Equal(("C5", "1700000000.000009"), (update["channel"], update["ts"]));
    }

    [Fact]
    public async Task Send_ReturnsTheMessageTs()
    {
        var ts = await sender.SendAsync(new ConversationRef("slack", "C6", ConversationKind.Channel), new MessageView("x"), CancellationToken.None);

        Assert.Equal("C6", host.Slack.CallsTo("chat.postMessage").Single()["channel"]);
        Assert.StartsWith("1700000000.", ts);
    }
}
