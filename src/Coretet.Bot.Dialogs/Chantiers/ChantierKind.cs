namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>The three kinds of chantier of an alliance (DESIGN.md §2).</summary>
public enum ChantierKind
{
    /// <summary>Géo-culturel: people of one territory or culture.</summary>
    GeoCultural,

    /// <summary>Collégial: people of one profession or walk of life.</summary>
    Collegial,

    /// <summary>Thématique: one subject across territories and walks of life.</summary>
    Thematic,
}
