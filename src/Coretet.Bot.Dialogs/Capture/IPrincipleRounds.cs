using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Opens the consensus round that decides on a proposed principle. The default implementation opens none (returns
/// null) and the principle stays proposed; the consensus capability replaces it and, on the round's outcome, calls
/// <see cref="PrincipleOutcomes.ApplyAsync"/>.
/// </summary>
public interface IPrincipleRounds
{
    /// <summary>The round id, or null when no round could be opened.</summary>
    Task<string?> OpenAsync(AllianceContext context, Principle principle, CancellationToken cancellationToken);

    /// <summary>
    /// Opens the round and returns what to send with the flow's answer (the round card); <paramref name="here"/> is
    /// where the proposal was made. The default opens through <see cref="OpenAsync"/> and announces nothing.
    /// </summary>
    async Task<(string? RoundId, TurnResult Announcement)> OpenWithAnnouncementAsync(
        AllianceContext context, Principle principle, Language language, ConversationRef? here, CancellationToken cancellationToken) =>
        (await OpenAsync(context, principle, cancellationToken), TurnResult.Nothing);
}
