using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Names of the kinds in both languages, and the words that pick one (card values and typed filters).</summary>
public static class ChantierKinds
{
    public static IReadOnlyList<ChantierKind> All { get; } = [ChantierKind.GeoCultural, ChantierKind.Collegial, ChantierKind.Thematic];

    public static LocalizedText Label(ChantierKind kind) => kind switch
    {
        ChantierKind.GeoCultural => new("géo-culturel", "geo-cultural"),
        ChantierKind.Collegial => new("collégial", "collegial"),
        _ => new("thématique", "thematic"),
    };

    /// <summary>The stable code used in card data and storage.</summary>
    public static string Code(ChantierKind kind) => kind switch
    {
        ChantierKind.GeoCultural => "geocultural",
        ChantierKind.Collegial => "collegial",
        _ => "thematic",
    };

    /// <summary>Parses a code or a word in either language, ignoring case, accents and hyphens
    /// (<c>géo-culturel</c>, <c>geocultural</c>, <c>Thématique</c>, <c>thematic</c>).</summary>
    public static bool TryParse(string? text, out ChantierKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var word = CommandParser.Normalize(text.Trim()).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        switch (word)
        {
            case "geoculturel" or "geocultural" or "geo":
                kind = ChantierKind.GeoCultural;
                return true;
            case "collegial":
                kind = ChantierKind.Collegial;
                return true;
            case "thematique" or "thematic":
                kind = ChantierKind.Thematic;
                return true;
            default:
                return false;
        }
    }
}
