using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Tests.Memory;

/// <summary><c>pourquoi n</c>: which experiences led to a decision, and how the card shows them.</summary>
public sealed class DecisionExperiencesTests
{
    private static readonly DateTimeOffset Opened = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_ChantierRound_KeepsTheChantiersExperiencesBeforeClosing_LatestFirst()
    {
        var round = ClosedRound(RoundScope.Chantier("2"), RoundSubject.Decision, closedAt: Opened.AddDays(3));
        Experience[] all =
        [
            Shared("e0000001", Opened.AddDays(-10), chantier: "2"),
            Shared("e0000002", Opened.AddDays(-5), chantier: "2"),
            Shared("e0000003", Opened.AddDays(-2), chantier: "2"),
            Shared("e0000004", Opened.AddDays(1), chantier: "2"),
            Shared("e0000005", Opened.AddDays(1), chantier: "9"),
            Shared("e0000006", Opened.AddDays(4), chantier: "2"),
            Shared("e0000007", Opened.AddDays(2), chantier: "2") with { NothingToReport = true, Answers = [] },
        ];

        var behind = DecisionExperiences.Of(round, all, [], Opened.AddDays(30));

        Assert.Equal(4, behind.ChantierTotal);
        Assert.Equal(["e0000004", "e0000003", "e0000002"], behind.FromChantier.Select(e => e.Id));
        Assert.Empty(behind.Linked);
        Assert.Empty(behind.Cited);
    }

    [Fact]
    public void Of_ReviewAnswersAndCitedExperiences_AreGroupedOnceEach()
    {
        var round = ClosedRound(RoundScope.Chantier("2"), new RoundSubject(RoundSubjectKind.Principle, "p1"), closedAt: Opened.AddDays(3));
        Experience[] all =
        [
            Shared("e0000001", Opened.AddDays(-3), chantier: "2"),
            Shared("e0000002", Opened.AddDays(-2), chantier: "2"),
            Shared("e0000003", Opened.AddDays(5), chantier: "2") with { DecisionId = "r1" },
            Shared("e0000004", Opened.AddDays(6)) with { DecisionId = "another-round" },
        ];
        Principle[] principles =
        [
            new("p0", "al1", "Another", "a", "Ana", Opened) { ExperienceIds = ["e0000002"], RoundId = "r0" },
            new("p1", "al1", "Share tools", "a", "Ana", Opened) { ExperienceIds = ["e0000001", "e0000003"], RoundId = "r1" },
        ];

        var behind = DecisionExperiences.Of(round, all, principles, Opened.AddDays(30));

        Assert.Equal(["e0000003"], behind.Linked.Select(e => e.Id));
        Assert.Equal(["e0000001"], behind.Cited.Select(e => e.Id));
        Assert.Equal("p1", behind.PrincipleId);
        Assert.Equal(["e0000002"], behind.FromChantier.Select(e => e.Id));
        Assert.Equal(1, behind.ChantierTotal);
    }

    [Fact]
    public void Of_OpenAllianceRound_HasNoChantierExperiences()
    {
        var round = Round.Open(new RoundOpeningFacts("r1", 1, "al1", "Europe/Paris", "a", "Ana"), new RoundDraft("Q", RoundScope.Alliance, Opened.AddDays(3)), Opened);

        var behind = DecisionExperiences.Of(round, [Shared("e0000001", Opened, chantier: "2")], [], Opened.AddDays(1));

        Assert.True(behind.IsEmpty);
    }

    [Theory]
    [InlineData(Language.French, "Du chantier 2 avant la décision : 3 sur 4, les plus récentes d'abord", "Aucune expérience")]
    [InlineData(Language.English, "From chantier 2 before the decision: 3 of 4, latest first", "No experience")]
    public void WhyCard_ShowsEachGroupWithAShortLine_OrSaysThereIsNone(Language language, string chantierHeading, string none)
    {
        var round = ClosedRound(RoundScope.Chantier("2"), RoundSubject.Decision, closedAt: Opened.AddDays(3));
        var longText = new string('x', 300);
        var behind = new DecisionExperiences([Shared("e0000009", Opened.AddDays(5)) with { DecisionId = "r1" }], [],
            [Shared("e0000004", Opened, chantier: "2", learned: longText), Shared("e0000003", Opened), Shared("e0000002", Opened)], 4);

        var card = WhyCard.Render(round, [], behind, language);
        var empty = WhyCard.Render(round, [], DecisionExperiences.None, language);

        var lists = card.Body.OfType<CardList>().ToList();
        Assert.Contains(lists, l => l.Heading == chantierHeading && l.Items.Count == 3);
        Assert.Contains(lists, l => l.Items.Any(i => i.StartsWith("Ana · 2026-12-06 · e0000009 — Lesson e0000009", StringComparison.Ordinal)));
        var excerpt = lists.SelectMany(l => l.Items).Single(i => i.Contains("e0000004", StringComparison.Ordinal));
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length < 200, excerpt);
        Assert.Contains(empty.Body.OfType<CardText>(), t => t.Text.StartsWith(none, StringComparison.Ordinal));
        Assert.DoesNotContain(card.Body.OfType<CardText>(), t => t.Text.StartsWith(none, StringComparison.Ordinal));
    }

    private static Round ClosedRound(RoundScope scope, RoundSubject subject, DateTimeOffset closedAt)
    {
        var round = Round.Open(new RoundOpeningFacts("r1", 1, "al1", "Europe/Paris", "a", "Ana"),
            new RoundDraft("Mutualiser nos outils", scope, Opened.AddDays(3)) { Subject = subject }, Opened);
        round.Close("a", [], closedAt);
        return round;
    }

    private static Experience Shared(string id, DateTimeOffset at, string? chantier = null, string? learned = null) =>
        new(id, "al1", "a", "Ana", at)
        {
            ChantierId = chantier,
            Answers = [new ExperienceAnswer("path", new("Chemin ?", "Path?"), "Path " + id), new ExperienceAnswer("learned", new("Appris ?", "Learned?"), learned ?? "Lesson " + id)],
        };
}
