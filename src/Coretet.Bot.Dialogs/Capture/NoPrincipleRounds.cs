using Coretet.Bot.Dialogs.Alliances;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Until consensus is wired: principles are stored as proposed, no round is opened.</summary>
public sealed class NoPrincipleRounds : IPrincipleRounds
{
    public Task<string?> OpenAsync(AllianceContext context, Principle principle, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
