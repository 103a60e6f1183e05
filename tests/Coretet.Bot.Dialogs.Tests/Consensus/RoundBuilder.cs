using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Tests.Consensus;

/// <summary>Test data builder for rounds and positions (no I/O).</summary>
internal sealed class RoundBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private int? quorum;
    private TimeSpan deadlineIn = TimeSpan.FromDays(2);
    private string question = "Adopter la charte v2";

    public RoundBuilder WithQuorum(int? value)
    {
        quorum = value;
        return this;
    }

    public RoundBuilder WithDeadlineIn(TimeSpan value)
    {
        deadlineIn = value;
        return this;
    }

    public RoundBuilder WithQuestion(string value)
    {
        question = value;
        return this;
    }

    public Round Build() =>
        Round.Open(new RoundOpeningFacts("r1", 1, "all1", "Europe/Paris", "msteams:29:ines", "Inès"),
            new RoundDraft(question, RoundScope.Alliance, Now + deadlineIn) { Quorum = quorum }, Now);

    public static Position Position(string ally, Stance stance, string? reason = null, int revision = 1, bool late = false) =>
        Coretet.Bot.Dialogs.Consensus.Position.Take("r1", ally, ally, stance, reason ?? (stance.RequiresReason() ? "parce que" : null), revision, Now, late);
}
