using Coretet.Bot.Dialogs.Alliances;

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
}
