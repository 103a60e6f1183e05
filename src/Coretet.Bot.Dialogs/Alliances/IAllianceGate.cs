using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>
/// Resolves the alliance of a turn's conversation and the sender's standing in it. Every flow asks here before
/// acting; identity and role come from the verified turn only.
/// </summary>
public interface IAllianceGate
{
    /// <summary>The alliance this conversation belongs to. Throws an <see cref="Texts.AllianceException"/> with
    /// a friendly explanation (install the bot in a team, or <c>lier &lt;code&gt;</c>) when there is none.</summary>
    Task<AllianceContext> ResolveAsync(Turn turn, CancellationToken cancellationToken);

    /// <summary>As <see cref="ResolveAsync"/>, and the sender must be an active ally: otherwise a
    /// <see cref="Texts.TurnRedirectException"/> shows the charter card with its sign button.</summary>
    Task<AllianceContext> RequireAllyAsync(Turn turn, CancellationToken cancellationToken);

    /// <summary>As <see cref="ResolveAsync"/>, and the sender must be a facilitator: otherwise a polite refusal.</summary>
    Task<AllianceContext> RequireFacilitatorAsync(Turn turn, CancellationToken cancellationToken);
}
