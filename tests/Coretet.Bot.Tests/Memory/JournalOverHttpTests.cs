using Coretet.Bot.Tests.Charter;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Memory;

/// <summary>Issue #10 over HTTP with the Teams protocol: the journal in chat, exports and who may ask for them.</summary>
public sealed class JournalOverHttpTests
{
    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task Journal_AfterCharterEvents_ShowsTheLatestFirst(string language)
    {
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, CharterWords.For(language));
        await scenario.WithCharterAsync();
        await scenario.SignAsync(scenario.Bob);

        var card = (await bot.Teams.SendAsync(scenario.Bob, "journal", scenario.General)).Single();

        Assert.StartsWith("Journal", card.CardText, StringComparison.Ordinal);
        var signed = card.CardText.IndexOf("[CharterSigned]", StringComparison.Ordinal);
        var published = card.CardText.IndexOf("[CharterPublished]", StringComparison.Ordinal);
        Assert.True(signed >= 0 && published > signed, card.CardText);
    }

    [Fact]
    public async Task Journal_FilteredByKindAndByAlly_ShowsOnlyThoseEntries()
    {
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, CharterWords.English);
        await scenario.WithCharterAsync();
        await scenario.SignAsync(scenario.Bob);

        var byKind = (await bot.Teams.SendAsync(scenario.Alice, "journal kind CharterPublished", scenario.General)).Single();
        var byAlly = (await bot.Teams.SendAsync(scenario.Alice, "journal @Bob", scenario.General, scenario.Bob)).Single();

        Assert.Contains("[CharterPublished]", byKind.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("[CharterSigned]", byKind.CardText, StringComparison.Ordinal);
        Assert.Contains("[CharterSigned]", byAlly.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("[CharterPublished]", byAlly.CardText, StringComparison.Ordinal);
        Assert.Contains("Bob", byAlly.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_WithWordsItDoesNotKnow_ExplainsTheFilters()
    {
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, CharterWords.French);
        await scenario.WithCharterAsync();

        var reply = (await bot.Teams.SendAsync(scenario.Alice, "journal n'importe quoi", scenario.General)).Single();

        Assert.Contains("journal chantier 2", reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task Export_ByAnAllyWhoIsNotAFacilitator_IsPolitelyRefused(string language)
    {
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, CharterWords.For(language));
        await scenario.WithCharterAsync();
        await scenario.SignAsync(scenario.Bob);
        var calls = bot.Connector.Calls.Count;

        var reply = (await bot.Teams.SendAsync(scenario.Bob, language == "en" ? "export json" : "exporter json", scenario.General)).Single();

        Assert.Contains(language == "en" ? "facilitation team" : "équipe d'animation", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Connector.Calls.Skip(calls), c => c.Activity?.Text?.Contains("/api/files/", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Export_ByTheFacilitator_HasTheCharterVersionsInOrder_AndTheSameCountsInEveryFormat()
    {
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, CharterWords.English);
        await scenario.WithCharterAsync();
        await scenario.SignAsync(scenario.Bob);
        await scenario.PublishAsync(new Dictionary<string, string>(CharterScenario.V1) { ["sharedValues"] = "Ouverture\nSobriété" }, CharterWords.English.Publish2);

        var markdown = ExportDownloads.Text(await ExportDownloads.ExportAsync(bot, scenario.Alice, "export"));
        var csv = ExportDownloads.CsvRows(await ExportDownloads.ExportAsync(bot, scenario.Alice, "export csv"));
        var json = ExportDownloads.JsonEntries(await ExportDownloads.ExportAsync(bot, scenario.Alice, "export json"));

        var v1 = markdown.IndexOf("version 1 of the charter", StringComparison.Ordinal);
        var signed = markdown.IndexOf("Bob signed version 1", StringComparison.Ordinal);
        var v2 = markdown.IndexOf("version 2 of the charter", StringComparison.Ordinal);
        Assert.True(v1 >= 0 && signed > v1 && v2 > signed, markdown);
        Assert.Equal(2, csv["CharterPublished.csv"]);
        Assert.Equal(json.Count, csv.Where(f => !f.Key.StartsWith("records/", StringComparison.Ordinal)).Sum(f => f.Value));
        Assert.Equal(json.Count, MarkdownEntries(markdown));
        Assert.All(json, e => Assert.False(string.IsNullOrEmpty((string?)e!["id"])));
        Assert.DoesNotContain("Europe/Paris\"", ExportDownloads.Text(await ExportDownloads.ExportAsync(bot, scenario.Alice, "export json")).Replace("\"timeZone\": \"Europe/Paris\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Entries of "The path" section: its top-level bullets.</summary>
    private static int MarkdownEntries(string markdown)
    {
        var path = markdown[markdown.IndexOf("## The path", StringComparison.Ordinal)..];
        var end = path.IndexOf("\n## ", 3, StringComparison.Ordinal);
        return (end < 0 ? path : path[..end]).Split('\n').Count(l => l.StartsWith("- **", StringComparison.Ordinal));
    }
}
