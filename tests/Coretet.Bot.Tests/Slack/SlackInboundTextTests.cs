using Coretet.Bot.Channels.Slack;

namespace Coretet.Bot.Tests.Slack;

public class SlackInboundTextTests
{
    [Fact]
    public void Decode_RemovesTheBotMention_AndCollectsOthers()
    {
        var decoded = SlackInboundText.Decode("<@UBOT> lier <@U1|alice> <@U2> <@U1>", "UBOT");

        Assert.Equal("lier @alice @U2 @U1", decoded.Text);
        Assert.Equal(["U1", "U2"], decoded.Mentions.Select(m => m.UserId));
        Assert.Equal("alice", decoded.Mentions[0].Label);
    }

    [Fact]
    public void Decode_TurnsBroadcastsChannelsAndLinksIntoPlainText()
    {
        var decoded = SlackInboundText.Decode("<!channel> <!subteam^S1|@devs> <#C1|general> <https://x.org/a?b=1&amp;c=2|x.org> a &lt;b&gt; &amp;lt;", null);

        Assert.Equal("@channel @devs #general https://x.org/a?b=1&c=2 a <b> &lt;", decoded.Text);
        Assert.Empty(decoded.Mentions);
    }

    [Fact]
    public void Decode_Null_IsEmpty() => Assert.Equal(string.Empty, SlackInboundText.Decode(null, "UBOT").Text);
}
