namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// Told when a round closes (and again when a facilitator arbitrates), so the capability that owns the round's
/// <see cref="RoundSubject"/> can act: the charter publishes an adopted version, principles join the list.
/// Register with <c>services.AddSingleton&lt;IRoundOutcomeListener, MyListener&gt;()</c>; each listener checks
/// <see cref="Round.Subject"/> and ignores other kinds. Called once per outcome (the closing is claimed).
/// </summary>
public interface IRoundOutcomeListener
{
    /// <summary>Replies returned here (announcements) are dispatched with the outcome card.</summary>
    Task<Views.TurnResult> OnOutcomeAsync(Round round, Outcome outcome, CancellationToken cancellationToken);
}
