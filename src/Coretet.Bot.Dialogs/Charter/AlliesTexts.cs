using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Charter;

internal static class AlliesTexts
{
    public static readonly LocalizedText Title = new("Allié·es de « {0} »", "Allies of \"{0}\"");
    public static readonly LocalizedText Active = new("Allié·es", "Allies");
    public static readonly LocalizedText SignedVersion = new("Ont confirmé la version {0}", "Confirmed version {0}");
    public static readonly LocalizedText Supporters = new("Sympathisant·es", "Supporters");
    public static readonly LocalizedText EngagedAllies = new("Engagé·es", "Engaged");
    public static readonly LocalizedText WithdrawnCount = new("Signatures retirées", "Withdrawn signatures");
    public static readonly LocalizedText More = new("… et {0} autres.", "… and {0} more.");
    public static readonly LocalizedText ExportButton = new("Exporter (CSV)", "Export (CSV)");
    public static readonly LocalizedText ExportCaption = new("Liste des allié·es de « {0} » ({1} lignes).", "Allies of \"{0}\" ({1} rows).");

    public static LocalizedText EngagementCount(Engagement engagement) => engagement == Engagement.Engaged ? EngagedAllies : Supporters;
}
