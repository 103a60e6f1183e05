using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Journal sentences, written when the event happens: {0} actor, {1} number, {2} title, {3} detail.</summary>
internal static class ChantierJournalTexts
{
    public static readonly LocalizedText Opened = new(
        "{0} a ouvert le chantier n° {1} « {2} » ({3}).",
        "{0} opened chantier no. {1} \"{2}\" ({3}).");

    public static readonly LocalizedText Joined = new(
        "{0} a rejoint le chantier n° {1} « {2} ».",
        "{0} joined chantier no. {1} \"{2}\".");

    public static readonly LocalizedText Left = new(
        "{0} a quitté le chantier n° {1} « {2} ».",
        "{0} left chantier no. {1} \"{2}\".");

    public static readonly LocalizedText AnimatorAdded = new(
        "{0} a ajouté {3} à l'animation du chantier n° {1} « {2} ».",
        "{0} added {3} as an animator of chantier no. {1} \"{2}\".");

    public static readonly LocalizedText SteppedDown = new(
        "{0} a quitté l'animation du chantier n° {1} « {2} » et y reste participant·e.",
        "{0} stepped down as an animator of chantier no. {1} \"{2}\" and stays a participant.");

    public static readonly LocalizedText Linked = new(
        "{0} a lié le chantier n° {1} « {2} » à un canal ({3}).",
        "{0} linked chantier no. {1} \"{2}\" to a channel ({3}).");

    public static readonly LocalizedText Closed = new(
        "{0} a clos le chantier n° {1} « {2} » : « {3} »",
        "{0} closed chantier no. {1} \"{2}\": \"{3}\"");

    public static readonly LocalizedText Reopened = new(
        "{0} a rouvert le chantier n° {1} « {2} ».",
        "{0} reopened chantier no. {1} \"{2}\".");
}
