using System.Globalization;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Tests.Consensus;
using Coretet.Bot.Tests.Slack.Support;

namespace Coretet.Bot.Tests.Slack;

/// <summary>Issue #8 "Must show": a consensus round run entirely in Slack (modal, stance buttons, reason modal, card updated in place).</summary>
public sealed class SlackConsensusTests : IAsyncLifetime
{
    private const string Channel = "C0001";
    private readonly TestClock clock = new(ConsensusScenario.Start);
    private readonly ConsensusAlliance alliance = new(Language.French);
    private SlackHost host = null!;

    public async Task InitializeAsync()
    {
        alliance.AddAlly(new UserRef("slack", "UALICE", "Alice"), Language.French, facilitator: true);
        alliance.AddAlly(new UserRef("slack", "UDAN", "Dan"), Language.French);
        alliance.Attach(SlackChannel());
        host = await SlackHost.StartAsync([], null, o => o
            .UseTime(clock)
            .Set("Consensus:SweepSeconds", "86400")
            .ConfigureServices(s => s.UseFakeAlliance(alliance)));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ConsensusRound_InSlack_ModalStanceButtonsReasonModal_CardUpdatedInPlace()
    {
        var card = await OpenRoundAsync("Mutualiser nos outils numériques");
        Assert.Equal("0", SlackCards.Field(card.Blocks, "Positions"));

        await ClickAsync("UALICE", card, "J'adhère");
        Assert.Equal("1", SlackCards.Field(LatestUpdate(card).Blocks, "J'adhère"));

        var opened = host.Slack.CallsTo("views.open").Count;
        await ClickAsync("UDAN", card, "Objection bloquante");
        var reasonModal = SlackCards.View(host.Slack.CallsTo("views.open").Skip(opened).Single());
        Assert.Contains("nuirait aux objectifs ou aux valeurs de l'alliance", SlackCards.Text(reasonModal));
        Assert.DoesNotContain(alliance.Journal, e => e.Kind == "PositionTaken" && e.ActorId == "slack:UDAN");
        Assert.Equal("0", SlackCards.Field(LatestUpdate(card).Blocks, "Objection bloquante"));

        var calls = host.Slack.Calls.Count;
        await SubmitAsync("UDAN", reasonModal, ("reason", "  "));
        Assert.Contains(host.Slack.Calls.Skip(calls), c => c.Form.Values.Any(v => v.Contains("Rien n'a été enregistré", StringComparison.Ordinal)));
        Assert.DoesNotContain(alliance.Journal, e => e.Kind == "PositionTaken" && e.ActorId == "slack:UDAN");

        await SubmitAsync("UDAN", reasonModal, ("reason", "Exclut les petites structures"));
        var latest = LatestUpdate(card);
        Assert.Equal((Channel, card.Ts), (latest["channel"], latest["ts"]));
        Assert.Equal("1", SlackCards.Field(latest.Blocks, "Objection bloquante"));
        Assert.Equal("2", SlackCards.Field(latest.Blocks, "Positions"));
        Assert.Contains("Exclut les petites structures", latest["blocks"]);
    }

    /// <summary>Alice types <c>/alliance consensus</c>: a modal opens; she submits it; returns the round message posted in the channel.</summary>
    private async Task<SlackCall> OpenRoundAsync(string question)
    {
        await host.PostCommandAsync(SlackPayloads.Command("consensus"));
        await host.IdleAsync();
        var opens = host.Slack.CallsTo("views.open");
        Assert.True(opens.Count == 1, Dump());
        var modal = SlackCards.View(opens[0]);
        Assert.Contains("deadlineDate", SlackCards.Text(modal));

        await SubmitAsync("UALICE", modal,
            ("question", question),
            ("scope", "alliance"),
            ("deadlineDate", ConsensusScenario.Start.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("deadlineTime", "18:00"));
        return Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => c["channel"] == Channel && c["blocks"].Contains("Tour de consensus n°", StringComparison.Ordinal));
    }

    private async Task ClickAsync(string user, SlackCall card, string label)
    {
        await host.PostInteractionAsync(SlackPayloads.BlockAction(SlackCards.Button(card.Blocks, label), user: user, channel: card["channel"], messageTs: TsOf(card)));
        await host.IdleAsync();
    }

    private async Task SubmitAsync(string user, System.Text.Json.Nodes.JsonNode modal, params (string Id, string Value)[] inputs)
    {
        await host.PostInteractionAsync(SlackPayloads.ViewSubmission(SlackCards.Metadata(modal), SlackPayloads.TextState(inputs), user: user));
        await host.IdleAsync();
    }

    private string Dump() => string.Join('\n', host.Slack.Calls.Select(c => c.Method + " " + string.Join(" | ", c.Form.Select(f => $"{f.Key}={f.Value}"))));

    private static string TsOf(SlackCall card) => card.Ts ?? card["ts"];

    private SlackCall LatestUpdate(SlackCall card) =>
        host.Slack.CallsTo("chat.update").LastOrDefault(c => c["channel"] == card["channel"]) ?? card;

    private static ConversationRef SlackChannel() =>
        new("slack", Channel, ConversationKind.Channel) { SpaceId = SlackPayloads.Team, Name = "general" };
}
