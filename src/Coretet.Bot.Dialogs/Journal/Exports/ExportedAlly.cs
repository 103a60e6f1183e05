using Coretet.Bot.Dialogs.Alliances;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>An ally as exports show them: public facts only (no time zone, language, or prompt settings).</summary>
public sealed record ExportedAlly(string Id, string Name, AllyStatus Status, Engagement Engagement, int SignedVersion, DateTimeOffset SignedAt, string? Organisation)
{
    public static ExportedAlly Of(Ally ally) =>
        new(ally.Id, ally.Name, ally.Status, ally.Engagement, ally.SignedVersion, ally.SignedAt, ally.Organisation);
}
