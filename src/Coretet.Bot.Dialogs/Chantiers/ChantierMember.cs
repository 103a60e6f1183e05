using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>An ally in a chantier (animator or participant), as the verified turn named them, and since when.</summary>
public sealed record ChantierMember(UserRef User, DateTimeOffset Since)
{
    /// <summary>The ally id (<see cref="UserRef.Key"/>).</summary>
    public string AllyId => User.Key;

    public string Name => User.Name;
}
