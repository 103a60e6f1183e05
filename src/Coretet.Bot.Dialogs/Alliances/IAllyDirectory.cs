namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>Read access to an alliance's allies for the other capabilities (audiences, reminders, names).</summary>
public interface IAllyDirectory
{
    Task<Ally?> FindAsync(string allianceId, string allyId, CancellationToken cancellationToken);

    /// <summary>Every ally record of the alliance, withdrawn ones included (filter with <see cref="Ally.IsActive"/>).</summary>
    Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken);
}
