using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coretet.Bot.Tests.Charter;
using Coretet.Bot.Tests.Slack.Support;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Slack;

/// <summary>
/// Issue #8 "Must show": a Slack ally and a Teams ally of one alliance (the Slack channel linked with the link code,
/// real charter gate) take positions in one round; both cards (Teams PUT, Slack chat.update) count both.
/// </summary>
public sealed partial class SlackTeamsRoundTests : IAsyncLifetime
{
    private SlackHost host = null!;

    public async Task InitializeAsync() => host = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SlackAllyAndTeamsAlly_LinkedAlliance_BothPositionsCountedOnBothCards()
    {
        var teams = new CharterScenario(host.Bot, CharterWords.French);
        await teams.WithCharterAsync();
        await teams.SignAsync(teams.Alice);
        await LinkSlackChannelAsync(teams);
        await SignInSlackAsync("UBOB");

        var form = (await teams.Teams.SendAsync(teams.Alice, "consensus", teams.General)).Single();
        var opened = await teams.Teams.ClickAsync(teams.Alice, form, "Ouvrir le tour", new Dictionary<string, string>
        {
            ["question"] = "Mutualiser nos outils",
            ["scope"] = "alliance",
            ["deadlineDate"] = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["deadlineTime"] = "18:00",
        });
        var teamsCard = opened.In(teams.General).Card("Tour de consensus n°");
        await host.IdleAsync();
        var slackCard = await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c["channel"] == "C0001" && c["blocks"].Contains("Tour de consensus n°", StringComparison.Ordinal));

        await teams.Teams.ClickAsync(teams.Alice, teamsCard, "J'adhère");
        await host.PostInteractionAsync(SlackPayloads.BlockAction(SlackCards.Button(slackCard.Blocks, "Je me mets en retrait"), user: "UBOB", messageTs: slackCard.Ts!));
        await host.IdleAsync();

        var slackLatest = await host.Slack.WaitForAsync(c => c.Method == "chat.update" && c["ts"] == slackCard.Ts && SlackCards.Field(c.Blocks, "Positions") == "2");
        Assert.Equal(("1", "1"), (SlackCards.Field(slackLatest.Blocks, "J'adhère"), SlackCards.Field(slackLatest.Blocks, "Je me mets en retrait")));
        var teamsLatest = await LatestTeamsCardAsync(teamsCard, "Positions: 2");
        Assert.Contains("J'adhère: 1", teamsLatest, StringComparison.Ordinal);
        Assert.Contains("Je me mets en retrait: 1", teamsLatest, StringComparison.Ordinal);
    }

    /// <summary>Alice asks for a link code in Teams (sent to her privately); Bob types <c>/alliance lier code</c> in the Slack channel.</summary>
    private async Task LinkSlackChannelAsync(CharterScenario teams)
    {
        var since = host.Bot.Connector.LastSequence;
        await teams.Teams.SendAsync(teams.Alice, "code de liaison", teams.General);
        var code = host.Bot.Connector.CallsSince(since).Select(c => new BotReply(c))
            .Select(r => LinkCode().Match(r.AllText)).First(m => m.Success).Groups[1].Value;

        var calls = host.Slack.Calls.Count;
        await host.PostCommandAsync(SlackPayloads.Command($"lier {code}", user: "UBOB"));
        await host.IdleAsync();
        Assert.Contains(host.Slack.Calls.Skip(calls), c => c.Form.Values.Any(v => v.Contains("fait maintenant partie de l'alliance", StringComparison.Ordinal)));
    }

    private async Task SignInSlackAsync(string user)
    {
        var calls = host.Slack.Calls.Count;
        await host.PostEventAsync(SlackPayloads.Mention(CharterWords.French.Charter, user: user, eventId: "EvCharter"));
        await host.IdleAsync();
        var card = host.Slack.Calls.Skip(calls).Last(c => c.Method == "chat.postMessage" && c["blocks"].Contains(CharterWords.French.Sign, StringComparison.Ordinal));
        var state = new JsonObject { ["engagement"] = new JsonObject { ["engagement"] = new JsonObject { ["type"] = "radio_buttons", ["selected_option"] = new JsonObject { ["value"] = "supporter" } } } };
        calls = host.Slack.Calls.Count;
        await host.PostInteractionAsync(SlackPayloads.BlockAction(SlackCards.Button(card.Blocks, CharterWords.French.Sign), user: user, messageTs: card.Ts!, state: state));
        await host.IdleAsync();
        Assert.Contains(host.Slack.Calls.Skip(calls), c => c.Form.Values.Any(v => v.Contains(CharterWords.French.Signed, StringComparison.Ordinal)));
    }

    /// <summary>Polls the Teams connector until the round card's latest version (posted, then PUT in place) contains the text.</summary>
    private async Task<string> LatestTeamsCardAsync(BotReply card, string containing)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var latest = host.Bot.Connector.Calls.Where(c => c.Succeeded && c.Activity is not null && c.MessageId == card.MessageId).Select(c => new BotReply(c)).Last().CardText;
            if (latest.Contains(containing, StringComparison.Ordinal))
                return latest;
            await Task.Delay(20, timeout.Token);
        }
    }

    [GeneratedRegex(@"\b([A-Z0-9]{5}-[A-Z0-9]{5})\b")]
    private static partial Regex LinkCode();
}
