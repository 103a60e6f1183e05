namespace Coretet.Bot.Dialogs.Turns;

/// <summary>The two languages every user-facing text exists in. French is the default.</summary>
public enum Language
{
    French,
    English,
}
