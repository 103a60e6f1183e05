namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>How involved an ally chooses to be (sympathisant·e / engagé·e); changeable at any time.</summary>
public enum Engagement
{
    Supporter,
    Engaged,
}
