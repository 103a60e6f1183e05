using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// What is due on open rounds: the invitation to each ally in scope, closing at the deadline, and reminders (24 h
/// before, and a configurable second one) to allies in scope without a position. Each reminder is claimed per (round, reminder, ally) before it is sent, so N
/// instances and repeated sweeps send it once; invitations likewise per (round, ally). The host runs this periodically and dispatches the result.
/// </summary>
public sealed class RoundSweeper(RoundAccess access, RoundCloser closer, IClaimStore claims, TimeProvider clock, ConsensusOptions options)
{
    // REVIEW: grows by one small key per (round, ally, reminder) until restart.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> seen = new(StringComparer.Ordinal);

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
        var due = ReminderHours().Where(h => now >= round.Deadline.AddHours(-h) && round.Deadline.AddHours(-h) > round.OpenedAt)
            .Select(h => $"{round.Id}/{h}").ToList();
        var audience = await access.Audiences.ResolveAsync(round.AllianceId, round.Scope, new HashSet<string>(), cancellationToken);
        var snapshot = await access.SnapshotAsync(round, audience.Chantier?.Title, cancellationToken);
        var replies = new List<Reply>();
        foreach (var ally in audience.Allies.Where(a => snapshot.Of(a.Id) is null))
        {
            if (due.Count == 0)
            {
                if (!round.IsInitiator(ally.Id) && await ClaimAsync("consensus.invitation", $"{round.Id}/{ally.Id}", cancellationToken))
                    replies.Add(new Reply(RoundCard.Invitation(snapshot, ally.Language, ally.TimeZone), new DirectTarget(ally.User)));
                continue;
            }

            // Every due reminder is claimed, but one message is sent even when two fell due since the last sweep.
            var send = false;
            foreach (var reminder in due)
                send |= await ClaimAsync("consensus.reminder", $"{reminder}/{ally.Id}", cancellationToken);
            if (send)
                replies.Add(new Reply(RoundCard.Reminder(snapshot, ally.Language, ally.TimeZone), new DirectTarget(ally.User)));
        }

        return new TurnResult(replies);
    }

    /// <summary>The store decides who sends; this instance remembers what it already claimed (won or lost) so that a
    /// sweep every minute does not write a claim per ally each time.</summary>
    private async Task<bool> ClaimAsync(string scope, string key, CancellationToken cancellationToken)
    {
        if (!seen.TryAdd($"{scope}|{key}", true))
            return false;
        return await claims.TryClaimAsync(scope, key, cancellationToken);
    }

    private IEnumerable<int> ReminderHours()
    {
        var o = options;
        return new[] { o.FirstReminderHours, o.SecondReminderHours }.Where(h => h > 0).Distinct();
    }
}
