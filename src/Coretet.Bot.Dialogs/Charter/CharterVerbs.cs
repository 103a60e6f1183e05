namespace Coretet.Bot.Dialogs.Charter;

/// <summary>Card verbs of the charter and alliance flows, and the keys of the data their buttons carry.</summary>
public static class CharterVerbs
{
    public const string Sign = "charter.sign";
    public const string Reconfirm = "charter.reconfirm";
    public const string ChangeEngagement = "charter.engagement";
    public const string Draft = "charter.draft";
    public const string Publish = "charter.publish";
    public const string ExportAllies = "allies.export";
    public const string SaveSettings = "alliance.settings";

    public const string VersionKey = "version";
    public const string AllianceKey = "alliance";
    public const string EngagementKey = "engagement";
    public const string OrganisationKey = "organisation";
    public const string ObjectivesKey = "objectives";
    public const string SharedValuesKey = "sharedValues";
    public const string WorkingProceduresKey = "workingProcedures";
    public const string NameKey = "name";
    public const string TimeZoneKey = "timeZone";
    public const string LanguageKey = "language";
}
