using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Wiring;

/// <summary>
/// When a chantier closes, its members get a real capture prompt ("what did we achieve, what did we learn, what do we
/// pass on?"), claimed once per member; the answers are experiences of that chantier. Replaces the chantier's own
/// closing message (<see cref="PromptsMembers"/>).
/// </summary>
public sealed class ChantierClosingPrompt(CapturePrompter prompter) : IChantierClosedListener
{
    public bool PromptsMembers => true;

    public async Task<TurnResult> OnChantierClosedAsync(ChantierClosure closure, CancellationToken cancellationToken)
    {
        var chantier = closure.Chantier;
        await prompter.SendChantierClosingAsync(chantier.AllianceId, chantier.Id, chantier.Title,
            closure.Members.Select(m => m.AllyId).ToList(), closure.ClosedAt, cancellationToken);
        return TurnResult.Nothing;
    }
}
