namespace Coretet.Bot.Dialogs.Alliances;

public enum AllyStatus
{
    /// <summary>Has signed a version of the charter and not withdrawn.</summary>
    Signed,

    /// <summary>Withdrew their signature (recorded, never deleted); may sign again.</summary>
    Withdrawn,
}
