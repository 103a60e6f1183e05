namespace Coretet.Bot.Dialogs.Capture;

public interface IPrincipleStore
{
    Task SaveAsync(Principle principle, CancellationToken cancellationToken);

    Task<IReadOnlyList<Principle>> ListAsync(string allianceId, CancellationToken cancellationToken);
}
