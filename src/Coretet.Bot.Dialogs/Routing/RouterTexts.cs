using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Routing;

internal static class RouterTexts
{
    public static readonly LocalizedText Unknown = new(
        "Je n'ai pas compris « {0} ». Tapez **aide** pour voir ce que je sais faire.",
        "I didn't understand \"{0}\". Type **help** to see what I can do.");

    public static readonly LocalizedText EmptyMessage = new(
        "Bonjour ! Tapez **aide** pour voir ce que je sais faire.",
        "Hello! Type **help** to see what I can do.");

    public static readonly LocalizedText StaleCard = new(
        "Cette carte n'est plus active. Tapez **aide** pour repartir.",
        "This card is no longer active. Type **help** to start again.");

    public static readonly LocalizedText Apology = new(
        "Désolé, quelque chose s'est mal passé de mon côté. Rien n'a été perdu ; vous pouvez réessayer.",
        "Sorry, something went wrong on my side. Nothing was lost; you can try again.");

    public static readonly LocalizedText TryAgainShortly = new(
        "Je n'arrive pas à joindre ma mémoire pour l'instant. Réessayez dans quelques instants.",
        "I can't reach my storage right now. Please try again in a few moments.");
}
