using System.Net;
using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Tests.Charter;

namespace Coretet.Bot.Tests.Memory;

/// <summary>
/// A chantier's export over HTTP (Teams protocol): its animators and the facilitators get it, through a private link
/// that only works for the first browser and for a short time; a participant who is not an animator is refused; no
/// ally's private settings (time zone, quiet hours, unreachable status) leave.
/// </summary>
public sealed class ChantierExportOverHttpTests
{
    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task Export_ByTheChantiersAnimator_HasItsMemoryOnly_AndNoPrivateData(string language)
    {
        await using var s = await ChantierWithPrivateSettingsAsync(language);

        var link = await ExportDownloads.LinkAsync(s.Bot, s.Bob, s.L("exporter json chantier 1", "export json chantier 1"), s.General);
        using var browser = FileLinkTests.Browser(s.Bot);
        var json = await browser.GetStringAsync(link);
        var markdown = ExportDownloads.Text(await ExportDownloads.ExportAsync(s.Bot, s.Bob, s.L("exporter chantier 1", "export chantier 1")));

        var export = JsonNode.Parse(json)!;
        Assert.Equal("1", (string?)export["scope"]!["chantierId"]);
        var entries = export["entries"]!.AsArray();
        Assert.Contains(entries, e => (string?)e!["kind"] == "ChantierOpened");
        Assert.All(entries, e => Assert.Equal("1", (string?)e!["chantierId"]));
        Assert.Single(export["rounds"]!.AsArray());
        Assert.Equal("Les semis d'automne lèvent mieux", (string?)export["experiences"]!.AsArray().Single()!["answers"]![1]!["text"]);
        Assert.Equal(["Bob", "Cleo"], export["allies"]!.AsArray().Select(a => (string?)a!["name"]).Order());
        Assert.Contains(MemoryScript.Dissent, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(s.L("a publié la version", "published version"), markdown, StringComparison.Ordinal);
        foreach (var text in new[] { json, markdown })
        {
            Assert.DoesNotContain(MemoryScript.CleosTimeZone, text, StringComparison.Ordinal);
            Assert.DoesNotContain("22:30", text, StringComparison.Ordinal);
            Assert.DoesNotContain("quiet", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("unreachable", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task Export_ByAParticipantWhoIsNotAnAnimator_IsRefusedWithAFriendlyMessage(string language)
    {
        await using var s = await ChantierWithPrivateSettingsAsync(language);
        var before = s.Bot.Connector.LastSequence;

        var reply = (await s.SayAsync(s.Cleo, s.L("exporter csv chantier 1", "export csv chantier 1"))).Single();

        Assert.Contains(s.L("exporter le chantier 1 est réservé à ses animateur·rices", "exporting chantier 1 is for its animators"), reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(s.Bot.Connector.CallsSince(before), c => c.Activity?.Text?.Contains("/api/files/", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Export_ByAFacilitatorWhoIsNotInTheChantier_HasTheChantiersEntries()
    {
        await using var s = await ChantierWithPrivateSettingsAsync("en");

        var csv = ExportDownloads.CsvRows(await ExportDownloads.ExportAsync(s.Bot, s.Alice, "export csv chantier 1"));

        Assert.Equal(1, csv["ChantierOpened.csv"]);
        Assert.Equal(1, csv["ExperienceShared.csv"]);
        Assert.Equal(1, csv["records/responses.csv"]);
        Assert.DoesNotContain("CharterPublished.csv", csv.Keys);
    }

    [Fact]
    public async Task ExportLink_OpenedBySomeoneElseOrAfterItsLifetime_IsRefused()
    {
        await using var s = await ChantierWithPrivateSettingsAsync("en");
        var link = await ExportDownloads.LinkAsync(s.Bot, s.Bob, "export chantier 1", s.General);
        using var bobs = FileLinkTests.Browser(s.Bot);
        using var cleos = FileLinkTests.Browser(s.Bot);

        using var first = await bobs.GetAsync(link);
        using var someoneElse = await cleos.GetAsync(link);
        var later = await ExportDownloads.LinkAsync(s.Bot, s.Bob, "export chantier 1");
        s.Clock.Advance(TimeSpan.FromMinutes(16));
        using var expired = await bobs.GetAsync(later);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, someoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.DoesNotContain(MemoryScript.Question, await someoneElse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Bob animates chantier 1 (a round with Cleo's answered dissent, an experience); Cleo, a participant in
    /// another time zone, has quiet hours and was marked unreachable by a failed prompt.</summary>
    private static async Task<MemoryScript> ChantierWithPrivateSettingsAsync(string language)
    {
        var s = await MemoryScript.StartAsync(language);
        await s.CharterAsync();
        await s.ChantierAsync();
        await s.RoundAsync();
        await s.ShareAsync(s.Bob, "Les semis d'automne lèvent mieux");
        await s.SayAsync(s.Cleo, s.L("heures calmes 22:30-07:00", "quiet hours 22:30-07:00"));
        var allianceId = await s.AllianceIdAsync();
        var preferences = s.Bot.Get<ICapturePreferencesStore>();
        var cleos = await preferences.GetAsync(allianceId, "msteams:" + s.Cleo.Id, default);
        Assert.NotNull(cleos.Quiet);
        await preferences.SaveAsync(cleos with { Unreachable = true }, default);
        return s;
    }
}
