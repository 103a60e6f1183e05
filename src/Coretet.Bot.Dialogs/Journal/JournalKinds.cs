namespace Coretet.Bot.Dialogs.Journal;

/// <summary>Event names, past tense (STYLE.md "Vocabulary"). Capabilities add theirs here.</summary>
public static class JournalKinds
{
    public const string AllianceCreated = "AllianceCreated";
    public const string ConversationLinked = "ConversationLinked";
    public const string FacilitatorNamed = "FacilitatorNamed";
    public const string CharterPublished = "CharterPublished";
    public const string CharterSigned = "CharterSigned";
    public const string CharterReconfirmed = "CharterReconfirmed";
    public const string SignatureWithdrawn = "SignatureWithdrawn";
    public const string EngagementChanged = "EngagementChanged";
    public const string FacilitatorRemoved = "FacilitatorRemoved";
    public const string AllianceSettingsChanged = "AllianceSettingsChanged";
}
