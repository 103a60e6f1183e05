namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>How the opening form's scope choice is written and read back (validated against the sender's chantiers).</summary>
public static class RoundScopes
{
    public const string AllianceValue = "alliance";

    private const string ChantierPrefix = "chantier:";

    public static string ChantierValue(string chantierId) => ChantierPrefix + chantierId;

    /// <summary>The scope named by a form value; null when unreadable.</summary>
    public static RoundScope? Parse(string? value) =>
        value == AllianceValue ? RoundScope.Alliance
        : value is { Length: > 9 } v && v.StartsWith(ChantierPrefix, StringComparison.Ordinal) ? RoundScope.Chantier(v[ChantierPrefix.Length..])
        : null;
}
