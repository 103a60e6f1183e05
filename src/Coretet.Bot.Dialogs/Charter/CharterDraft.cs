using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>
/// The text of a charter before it is published: three short lists of items. <see cref="Parse"/> reads the form
/// card (one item per line) and refuses what cannot be a charter, saying which part and why.
/// </summary>
public sealed record CharterDraft(IReadOnlyList<string> Objectives, IReadOnlyList<string> SharedValues, IReadOnlyList<string> WorkingProcedures)
{
    public const int MaxItemsPerPart = 15;
    public const int MaxItemLength = 400;

    public IReadOnlyList<string> Items(CharterPart part) => part switch
    {
        CharterPart.Objectives => Objectives,
        CharterPart.SharedValues => SharedValues,
        _ => WorkingProcedures,
    };

    public static CharterDraft Parse(string? objectives, string? sharedValues, string? workingProcedures) =>
        new(ParsePart(CharterPart.Objectives, objectives), ParsePart(CharterPart.SharedValues, sharedValues), ParsePart(CharterPart.WorkingProcedures, workingProcedures));

    /// <summary>Validates a draft built elsewhere (a consensus proposal).</summary>
    public CharterDraft Validated() =>
        Parse(string.Join('\n', Objectives), string.Join('\n', SharedValues), string.Join('\n', WorkingProcedures));

    public bool SameTextAs(CharterVersion version) =>
        CharterVersion.Parts.All(p => Items(p).SequenceEqual(version.Items(p), StringComparer.Ordinal));

    private static List<string> ParsePart(CharterPart part, string? text)
    {
        var items = (text ?? "")
            .Split('\n')
            .Select(line => new string(line.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim().TrimStart('-', '*', '•').Trim())
            .Where(line => line.Length > 0)
            .ToList();
        var name = CharterTexts.PartName(part);
        if (items.Count == 0)
            throw new AllianceException(CharterTexts.PartEmpty.Per(l => [name.In(l)]));
        if (items.Count > MaxItemsPerPart)
            throw new AllianceException(CharterTexts.PartTooManyItems.Per(l => [name.In(l), MaxItemsPerPart, items.Count]));
        var tooLong = items.FindIndex(i => i.Length > MaxItemLength);
        if (tooLong >= 0)
            throw new AllianceException(CharterTexts.ItemTooLong.Per(l => [name.In(l), tooLong + 1, MaxItemLength]));
        return items;
    }
}
