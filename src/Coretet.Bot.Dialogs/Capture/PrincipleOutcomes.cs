namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Applies a round's outcome to the principle it decided (adopted principles form the alliance's list).</summary>
public sealed class PrincipleOutcomes(IPrincipleStore principles)
{
    /// <summary>False when no principle of the alliance is decided by <paramref name="roundId"/>.</summary>
    public async Task<bool> ApplyAsync(string allianceId, string roundId, bool adopted, CancellationToken cancellationToken)
    {
        var principle = (await principles.ListAsync(allianceId, cancellationToken)).FirstOrDefault(p => p.RoundId == roundId);
        if (principle is null)
            return false;
        await principles.SaveAsync(principle with { Status = adopted ? PrincipleStatus.Adopted : PrincipleStatus.Rejected }, cancellationToken);
        return true;
    }
}
