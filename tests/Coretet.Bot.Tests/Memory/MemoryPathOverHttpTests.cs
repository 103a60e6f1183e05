using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Charter;

namespace Coretet.Bot.Tests.Memory;

/// <summary>
/// Issue #10 "Must show" over HTTP (Teams protocol, real host and storage): after the scripted path, the Markdown
/// export has each step in order with the dissent and its answer, and the CSV and JSON exports have the same counts.
/// </summary>
public sealed class MemoryPathOverHttpTests
{
    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task Export_AfterTheScriptedPath_MarkdownHasEachStepInOrder_CsvAndJsonHaveTheSameCounts(string language)
    {
        await using var s = await MemoryScript.StartAsync(language);
        await s.PlayAsync();

        var markdown = ExportDownloads.Text(await ExportDownloads.ExportAsync(s.Bot, s.Alice, s.L("exporter", "export")));
        var csv = ExportDownloads.CsvRows(await ExportDownloads.ExportAsync(s.Bot, s.Alice, s.L("exporter csv", "export csv")));
        var json = JsonNode.Parse(await ExportDownloads.ExportAsync(s.Bot, s.Alice, s.L("exporter json", "export json")))!;

        var path = Section(markdown, s.L("## Le chemin", "## The path"));
        AssertInOrder(path,
            s.L("Alice a créé l'alliance", "Alice created the alliance"),
            s.L("Alice a publié la version 1 de la charte", "Alice published version 1 of the charter"),
            s.L("Bob a signé la version 1", "Bob signed version 1"),
            s.L("Alice a publié la version 2 de la charte", "Alice published version 2 of the charter"),
            s.L("Bob a confirmé la version 2 de la charte", "Bob re-confirmed version 2 of the charter"),
            s.L("Bob a ouvert le chantier n° 1 « Jardins partagés »", "Bob opened chantier no. 1 \"Jardins partagés\""),
            s.L("Cleo a rejoint le chantier n° 1", "Cleo joined chantier no. 1"),
            s.L("Bob a ouvert le tour de consensus n°1 : " + MemoryScript.Question, "Bob opened consensus round #1: " + MemoryScript.Question),
            MemoryScript.Dissent,
            s.L("Bob a répondu à l'avis de Cleo sur le tour n°1", "Bob answered Cleo's dissent on round #1"),
            s.L("Tour n°1 : consensus avec avis divergents", "Round #1: consensus with recorded dissent"),
            s.L("Bob a partagé l'expérience " + s.ExperienceIds[0], "Bob shared experience " + s.ExperienceIds[0]),
            s.L("Cleo a partagé l'expérience " + s.ExperienceIds[1], "Cleo shared experience " + s.ExperienceIds[1]),
            s.L("Cleo a proposé le principe " + s.PrincipleId, "Cleo proposed principle " + s.PrincipleId),
            s.L("Tour n°2 : consensus", "Round #2: consensus"));
        AssertInOrder(Section(markdown, s.L("## Décisions", "## Decisions")),
            s.L("### Décision 1 — ", "### Decision 1 — ") + MemoryScript.Question,
            s.L("raison : ", "reason: ") + MemoryScript.Dissent,
            s.L("réponse de Bob : ", "answer by Bob: ") + MemoryScript.Answer,
            s.L("### Décision 2 — ", "### Decision 2 — ") + MemoryScript.PrincipleText);
        AssertInOrder(Section(markdown, s.L("## Expériences", "## Experiences")),
            $"{s.ExperienceIds[0]} — Bob", MemoryScript.Learned[0], $"{s.ExperienceIds[1]} — Cleo", MemoryScript.Learned[1]);
        AssertInOrder(Section(markdown, s.L("## Principes directeurs", "## Guiding principles")),
            s.L("**adopté** — ", "**adopted** — ") + MemoryScript.PrincipleText, string.Join(", ", s.ExperienceIds));
        Assert.Contains("### Chantier 1 — Jardins partagés", markdown, StringComparison.Ordinal);

        var entries = json["entries"]!.AsArray();
        var perKind = entries.GroupBy(e => (string)e!["kind"]!).ToDictionary(g => g.Key + ".csv", g => g.Count());
        Assert.Equal(perKind.OrderBy(k => k.Key), csv.Where(f => !f.Key.StartsWith("records/", StringComparison.Ordinal)).OrderBy(k => k.Key));
        Assert.Equal(entries.Count, PathEntries(path));
        Assert.Equal((2, 2, 1, 1, 2, 1), (perKind["CharterPublished.csv"], perKind["ExperienceShared.csv"], perKind["PrincipleProposed.csv"], perKind["DissentAnswered.csv"], perKind["RoundClosed.csv"], perKind["ChantierOpened.csv"]));
        var rounds = json["rounds"]!.AsArray();
        var positions = rounds.SelectMany(r => r!["positions"]!.AsArray()).ToList();
        Assert.Equal((2, 4, 1), (rounds.Count, positions.Count, positions.Sum(p => p!["responses"]!.AsArray().Count)));
        Assert.Equal((rounds.Count, positions.Count, 1), (csv["records/rounds.csv"], csv["records/positions.csv"], csv["records/responses.csv"]));
        var experiences = json["experiences"]!.AsArray();
        Assert.Equal(s.ExperienceIds, experiences.Select(e => (string)e!["id"]!));
        Assert.Equal("Adopted", (string?)json["principles"]![0]!["status"]);
        Assert.Equal((2, 4, 1), (experiences.Count, experiences.Sum(e => e!["answers"]!.AsArray().Count), json["principles"]!.AsArray().Count));
        Assert.Equal((2, 4, 1), (csv["records/experiences.csv"], csv["records/answers.csv"], csv["records/principles.csv"]));
    }

    [Fact]
    public async Task Principles_AfterTheScriptedPath_ListTheAdoptedPrincipleWithItsExperiences()
    {
        await using var s = await MemoryScript.StartAsync("en");
        await s.PlayAsync();

        var listed = (await s.SayAsync(s.Bob, "principles")).Text;

        Assert.Contains("adopted", listed, StringComparison.Ordinal);
        Assert.Contains(MemoryScript.PrincipleText, listed, StringComparison.Ordinal);
        Assert.All(s.ExperienceIds, id => Assert.Contains(id, listed, StringComparison.Ordinal));
    }

    private static void AssertInOrder(string text, params string[] fragments)
    {
        var from = 0;
        foreach (var fragment in fragments)
        {
            var at = text.IndexOf(fragment, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{fragment}' not found after position {from} in:\n{text}");
            from = at + fragment.Length;
        }
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No '{heading}' in:\n{markdown}");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static int PathEntries(string path) => path.Split('\n').Count(l => l.StartsWith("- **", StringComparison.Ordinal));
}
