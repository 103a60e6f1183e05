using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// What is due on open rounds: closing at the deadline, and reminders (24 h before, and a configurable second one) to
/// allies in scope without a position. Each reminder is claimed per (round, reminder, ally) before it is sent, so N
/// instances and repeated sweeps send it once. The host runs this periodically and dispatches the result.
/// </summary>
public sealed class RoundSweeper(RoundAccess access, RoundCloser closer, IClaimStore claims, TimeProvider clock, ConsensusOptions options)
{
    public async Task<TurnResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = TurnResult.Nothing;
        foreach (var round in await access.Rounds.ListOpenAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = clock.GetUtcNow();
            result = result.Then(now >= round.Deadline
                ? await closer.CloseAsync(round.AllianceId, round.Id, RoundCloser.SystemActor, "", cancellationToken)
                : await RemindAsync(round, now, cancellationToken));
        }

        return result;
    }

    private async Task<TurnResult> RemindAsync(Round round, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = ReminderHours().Where(h => now >= round.Deadline.AddHours(-h) && round.Deadline.AddHours(-h) > round.OpenedAt).ToList();
        if (due.Count == 0)
            return TurnResult.Nothing;
        var audience = await access.Audiences.ResolveAsync(round.AllianceId, round.Scope, new HashSet<string>(), cancellationToken);
        var snapshot = await access.SnapshotAsync(round, audience.Chantier?.Title, cancellationToken);
        var replies = new List<Reply>();
        foreach (var ally in audience.Allies.Where(a => snapshot.Of(a.Id) is null))
        {
            // Every due reminder is claimed, but one message is sent even when two fell due since the last sweep.
            var send = false;
            foreach (var hours in due)
                send |= await claims.TryClaimAsync("consensus.reminder", $"{round.Id}/{hours}/{ally.Id}", cancellationToken);
            if (send)
                replies.Add(new Reply(RoundCard.Reminder(snapshot, ally.Language, ally.TimeZone), new DirectTarget(ally.User)));
        }

        return new TurnResult(replies);
    }

    private IEnumerable<int> ReminderHours()
    {
        var o = options;
        return new[] { o.FirstReminderHours, o.SecondReminderHours }.Where(h => h > 0).Distinct();
    }
}
