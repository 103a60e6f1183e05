namespace Coretet.Bot.Dialogs.Consensus;

public static class Stances
{
    public static readonly IReadOnlyList<Stance> All = [Stance.Agree, Stance.Reservations, Stance.StandAside, Stance.Divergent, Stance.Block];

    /// <summary>Reservations, divergent opinions and blocks need a written reason: dissent must be explained to be answered.</summary>
    public static bool RequiresReason(this Stance stance) => stance is Stance.Reservations or Stance.Divergent or Stance.Block;

    /// <summary>The stances that are answered with a <see cref="DissentResponse"/> and stay attached to the decision.</summary>
    public static bool IsDissent(this Stance stance) => stance.RequiresReason();

    /// <summary>Parses the code name carried by card data (<c>Agree</c>, <c>Block</c>...); null when unknown.</summary>
    public static Stance? Parse(string? value) =>
        Enum.TryParse<Stance>(value, ignoreCase: true, out var stance) && Enum.IsDefined(stance) && !int.TryParse(value, out _)
            ? stance
            : null;
}
