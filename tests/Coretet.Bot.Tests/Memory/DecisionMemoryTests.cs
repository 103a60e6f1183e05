using Coretet.Bot.Tests.Consensus;

namespace Coretet.Bot.Tests.Memory;

/// <summary>A round's memory over HTTP: <c>pourquoi n</c> and the round's full record in the exports.</summary>
public sealed class DecisionMemoryTests
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task Why_AfterDissentAndAnAnswer_ShowsTheReasonAndTheAnswer(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        await DissentAnsweredAsync(s);

        var why = (await s.Bot.Teams.SendAsync(s.Ines, s.L("pourquoi 1", "why 1"), s.Channel)).Single();

        Assert.Contains(s.L("Pourquoi la décision 1", "Why decision 1"), why.CardText, StringComparison.Ordinal);
        Assert.Contains("Mutualiser nos outils", why.CardText, StringComparison.Ordinal);
        Assert.Contains("Préférer des logiciels libres", why.CardText, StringComparison.Ordinal);
        Assert.Contains("Nous retenons des logiciels libres", why.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_ForAnUnknownDecision_SaysSo()
    {
        await using var s = await ConsensusScenario.StartAsync("en-US");

        var why = (await s.Bot.Teams.SendAsync(s.Ines, "why 42", s.Channel)).Single();

        Assert.Contains("42", why.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Why decision", why.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_HasTheRoundsFullRecord_InEveryFormat()
    {
        await using var s = await ConsensusScenario.StartAsync("en-US");
        await DissentAnsweredAsync(s);

        var markdown = ExportDownloads.Text(await ExportDownloads.ExportAsync(s.Bot, s.Ines, "export"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(await ExportDownloads.ExportAsync(s.Bot, s.Ines, "export json"))!;
        var csv = ExportDownloads.CsvRows(await ExportDownloads.ExportAsync(s.Bot, s.Ines, "export csv"));

        var decision = markdown.IndexOf("### Decision 1", StringComparison.Ordinal);
        var reason = markdown.IndexOf("reason: Préférer des logiciels libres", StringComparison.Ordinal);
        var answer = markdown.IndexOf("Nous retenons des logiciels libres", StringComparison.Ordinal);
        Assert.True(decision >= 0 && reason > decision && answer > reason, markdown);
        var positions = json["rounds"]![0]!["positions"]!.AsArray();
        Assert.Equal(2, positions.Count);
        Assert.Equal("Nous retenons des logiciels libres", (string?)positions.Single(p => (string?)p!["stance"] == "Divergent")!["responses"]![0]!["text"]);
        Assert.Equal((1, 2, 1), (csv["records/rounds.csv"], csv["records/positions.csv"], csv["records/responses.csv"]));
    }

    private static async Task DissentAnsweredAsync(ConsensusScenario s)
    {
        var cleo = s.Ally("Cleo");
        var card = await s.OpenRoundAsync("Mutualiser nos outils numériques");
        await s.StanceAsync(s.Ines, card, s.L("J'adhère", "I agree"));
        await s.StanceAsync(cleo, card, s.L("Avis divergent", "Divergent opinion"), "Préférer des logiciels libres");
        var menu = (await s.Bot.Teams.ClickAsync(s.Ines, card, s.L("Suivi…", "Follow-up…"))).Single();
        var answerForm = (await s.Bot.Teams.ClickAsync(s.Ines, menu, s.L("Répondre à un avis divergent", "Answer dissent"))).Single();
        await s.Bot.Teams.ClickAsync(s.Ines, answerForm, s.L("Envoyer la réponse", "Send the answer"),
            new Dictionary<string, string> { ["position"] = ConsensusAlliance.Key(cleo), ["text"] = "Nous retenons des logiciels libres" });
    }
}
