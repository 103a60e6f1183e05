using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Journal.Exports;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Tests.Memory;

/// <summary>The JSON export's shape: every object with its ids, as docs/journal.md lists it.</summary>
public sealed class JsonExportTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_FullExport_HasEveryObjectWithItsFields()
    {
        var json = JsonNode.Parse(JsonExport.Write(Export()))!;

        Assert.Equal(["alliance", "scope", "generatedAt", "entries", "allies", "chantiers", "rounds", "experiences", "principles"], Keys(json));
        Assert.Equal("Europe/Paris", (string?)json["alliance"]!["timeZone"]);
        Assert.Equal("2", (string?)json["scope"]!["chantierId"]);
        var entry = json["entries"]![0]!;
        Assert.Equal(["id", "kind", "at", "actorId", "actorName", "chantierId", "roundId", "subjectId", "summary", "data"], Keys(entry));
        Assert.Equal(["a", "b"], Keys(entry["data"]!));
        Assert.Equal("en 1", (string?)entry["summary"]!["en"]);
        Assert.Equal(At, (DateTimeOffset)entry["at"]!);
        Assert.Equal(["id", "name", "status", "engagement", "signedVersion", "signedAt", "organisation"], Keys(json["allies"]![0]!));
        Assert.Equal("Engaged", (string?)json["allies"]![0]!["engagement"]);
        Assert.Equal(["id", "title", "isOpen", "animators", "participants"], Keys(json["chantiers"]![0]!));
        Assert.Equal("msteams:29:bob", (string?)json["chantiers"]![0]!["participants"]![0]);
        var round = json["rounds"]![0]!;
        Assert.Equal(["id", "number", "chantierId", "subject", "subjectId", "initiatorId", "openedAt", "deadline", "status", "revisions", "outcome", "positions"], Keys(round));
        Assert.Equal(["number", "text", "authorId", "at"], Keys(round["revisions"]![1]!));
        Assert.Equal(["kind", "computed", "closedAt", "closedBy", "statement", "arbitratedBy"], Keys(round["outcome"]!));
        Assert.Equal("ConsensusWithDissent", (string?)round["outcome"]!["kind"]);
        var position = round["positions"]![0]!;
        Assert.Equal(["allyId", "allyName", "stance", "reason", "revision", "at", "late", "history", "responses"], Keys(position));
        Assert.Equal(["stance", "reason", "revision", "at"], Keys(position["history"]![0]!));
        Assert.Equal(["id", "authorId", "authorName", "text", "at", "addressed"], Keys(position["responses"]![0]!));
        Assert.Equal("Nous gardons les deux", (string?)position["responses"]![0]!["text"]);
        Assert.Equal(2, (int)position["revision"]!);
        var experience = json["experiences"]![0]!;
        Assert.Equal(["id", "at", "allyId", "allyName", "chantierId", "decisionId", "tags", "answers"], Keys(experience));
        Assert.Equal(["questionKey", "question", "text"], Keys(experience["answers"]![0]!));
        Assert.Equal("What did we learn?", (string?)experience["answers"]![0]!["question"]!["en"]);
        Assert.Equal("r1", (string?)experience["decisionId"]);
        var principle = json["principles"]![0]!;
        Assert.Equal(["id", "text", "status", "proposedBy", "proposedByName", "proposedAt", "experienceIds", "roundId"], Keys(principle));
        Assert.Equal(("Adopted", "e1a2b3c4"), ((string?)principle["status"], (string?)principle["experienceIds"]![0]));
    }

    [Fact]
    public void Write_OpenRoundAndNoData_WritesNullOutcomeAndEmptyData()
    {
        var round = Round.Open(new RoundOpeningFacts("r1", 1, "al1", "Europe/Paris", "msteams:29:a", "Alice"), new RoundDraft("Q", RoundScope.Alliance, At.AddDays(2)), At);
        var export = Export() with { Rounds = [new RoundSnapshot(round, [], null)], Entries = [Entry() with { Data = new Dictionary<string, string>() }] };

        var json = JsonNode.Parse(JsonExport.Write(export))!;

        Assert.Null(json["rounds"]![0]!["outcome"]);
        Assert.Empty(json["entries"]![0]!["data"]!.AsObject());
        Assert.Empty(json["rounds"]![0]!["positions"]!.AsArray());
    }

    [Fact]
    public void MarkdownAndCsv_HaveTheExperiencesWithTheirAnswers_AndThePrinciples()
    {
        var export = Export();

        var markdown = System.Text.Encoding.UTF8.GetString(MarkdownExport.Write(export));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(CsvExport.Write(export)));

        var experiences = markdown.IndexOf("## Experiences", StringComparison.Ordinal);
        var answer = markdown.IndexOf("- What did we learn? Semer à l'automne", StringComparison.Ordinal);
        var principles = markdown.IndexOf("## Guiding principles", StringComparison.Ordinal);
        var principle = markdown.IndexOf("- **adopted** — Semer local (principle p1, proposed by Bob on 2026-06-01 10:00; from e1a2b3c4)", StringComparison.Ordinal);
        Assert.True(experiences >= 0 && answer > experiences && principles > answer && principle > principles, markdown);
        Assert.Contains("Chantier 2; decision (review): r1.", markdown, StringComparison.Ordinal);
        Assert.Equal(["records/answers.csv", "records/experiences.csv", "records/principles.csv"],
            zip.Entries.Select(e => e.FullName).Where(n => n is "records/answers.csv" or "records/experiences.csv" or "records/principles.csv").Order());
    }

    private static Experience Experience() =>
        new("e1a2b3c4", "al1", "msteams:29:bob", "Bob", At.AddDays(3))
        {
            ChantierId = "2",
            DecisionId = "r1",
            Tags = ["semis"],
            Answers = [new ExperienceAnswer("learned", new LocalizedText("Qu'avons-nous appris ?", "What did we learn?"), "Semer à l'automne")],
        };

    private static List<string> Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key)];

    private static JournalEntry Entry() =>
        new("al1", "PositionTaken", "msteams:29:a", "Alice", At, new LocalizedText("fr 1", "en 1"))
        {
            Id = "id1",
            ChantierId = "2",
            RoundId = "r1",
            Data = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" },
        };

    private static JournalExport Export()
    {
        var round = Round.Open(new RoundOpeningFacts("r1", 1, "al1", "Europe/Paris", "msteams:29:a", "Alice"),
            new RoundDraft("Mutualiser", RoundScope.Chantier("2"), At.AddDays(2)), At);
        round.Amend("msteams:29:a", "Mutualiser, à l'essai", At.AddHours(1));
        var position = Position.Take("r1", "msteams:29:bob", "Bob", Stance.Divergent, "Trop tôt", 1, At.AddHours(2), false);
        position.Change("Bob", Stance.Divergent, "Trop tôt encore", 2, At.AddHours(3), false);
        position.Answer("msteams:29:a", "Alice", "Nous gardons les deux", At.AddHours(4));
        round.Close("msteams:29:a", [position], At.AddDays(2));
        var ally = new ExportedAlly("msteams:29:bob", "Bob", AllyStatus.Signed, Engagement.Engaged, 1, At, null);
        var chantier = new ChantierSummary("al1", "2", "Jardins", true) { Animators = ["msteams:29:a"], Participants = ["msteams:29:bob"] };
        return new JournalExport("al1", "Transition", "Europe/Paris", new LocalizedText("chantier 2", "chantier 2"), At, Language.English)
        {
            ChantierId = "2",
            Entries = [Entry()],
            Allies = [ally],
            Chantiers = [chantier],
            Rounds = [new RoundSnapshot(round, [position], "Jardins")],
            Experiences = [Experience()],
            Principles = [new Principle("p1", "al1", "Semer local", "msteams:29:bob", "Bob", At) { ExperienceIds = ["e1a2b3c4"], Status = PrincipleStatus.Adopted, RoundId = "r2" }],
        };
    }
}
