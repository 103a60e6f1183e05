using Coretet.Bot.Dialogs.Alliances;

namespace Coretet.Bot.Dialogs.Capture;

public sealed partial class CapturePrompter
{
    /// <summary>The closing questions of a chantier (DESIGN.md §3): achieved, learned, passed on.</summary>
    public static readonly IReadOnlyList<CaptureQuestion> ClosingQuestions =
    [
        new("achieved", new("Qu'avons-nous accompli ?", "What did we achieve?")),
        new("learned", new("Qu'avons-nous appris ?", "What did we learn?")),
        new("passOn", new("Que transmettons-nous ?", "What do we pass on?")),
    ];

    /// <summary>
    /// The closing prompt of a chantier to its members, once each (claimed per ally): the answers are experiences of
    /// that chantier. Used by the chantier closing listener (docs/wiring.md).
    /// </summary>
    public async Task<PromptRunSummary> SendChantierClosingAsync(string allianceId, string chantierId, string chantierTitle, IReadOnlyList<string> allyIds, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        var key = CaptureKeys.Occurrence("c" + CaptureKeys.ExperienceId(chantierId, "")[..7], closedAt);
        await ledger.OpenOccurrenceAsync(new CaptureOccurrence(key, allianceId, "", closedAt) { ChantierId = chantierId }, cancellationToken);
        var content = new PromptContent(key, ClosingQuestions) { ChantierId = chantierId, ChantierTitle = chantierTitle };
        var recipients = new List<Ally>();
        foreach (var id in allyIds.Distinct(StringComparer.Ordinal))
        {
            if (await allies.FindAsync(allianceId, id, cancellationToken) is { IsActive: true } ally)
                recipients.Add(ally);
        }

        return await FanOutAsync(recipients, content, Alliance.DefaultTimeZone, cancellationToken);
    }
}
