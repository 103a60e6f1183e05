namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Who a round is for: the whole alliance (<see cref="ChantierId"/> null) or one chantier's members.</summary>
public sealed record RoundScope(string? ChantierId)
{
    public static readonly RoundScope Alliance = new((string?)null);

    public bool IsAllianceWide => ChantierId is null;

    public static RoundScope Chantier(string chantierId) => new(chantierId);
}
