namespace Coretet.Bot.Dialogs.Wiring;

/// <summary>Charter drafts waiting for their consensus round (one row per amendment, written once).</summary>
public interface ICharterAmendmentStore
{
    Task SaveAsync(CharterAmendment amendment, CancellationToken cancellationToken);

    Task<CharterAmendment?> FindAsync(string allianceId, string amendmentId, CancellationToken cancellationToken);
}
