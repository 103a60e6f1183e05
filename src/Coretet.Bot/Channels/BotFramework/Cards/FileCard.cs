using System.Text;
using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.BotFramework.Cards;

/// <summary>
/// A <see cref="FileView"/> as a card: caption, file name and the content in a monospace block, cut to stay well
/// under the Teams message size limit (~100 KB, fact sheet §1.5). Files for one requester never get here: the
/// router's <see cref="Files.FileLinkFilter"/> turns them into a private download link first; this is what a file
/// posted to a whole conversation looks like.
/// </summary>
internal static class FileCard
{
    public const int MaxInlineChars = 20_000;

    private static readonly LocalizedText Truncated = new(
        "Aperçu tronqué : {0} caractères sur {1}.",
        "Preview truncated: {0} of {1} characters.");

    public static JsonObject Render(FileView file, Language language)
    {
        var text = Encoding.UTF8.GetString(file.Content);
        var body = new JsonArray
        {
            AdaptiveCardRenderer.TextBlock(file.Caption, TextStyle.Normal, literal: false),
            AdaptiveCardRenderer.TextBlock(file.FileName, TextStyle.Emphasis, literal: true),
        };
        var shown = text.Length > MaxInlineChars ? text[..MaxInlineChars] : text;
        body.Add(new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = AdaptiveCardRenderer.Escape(shown),
            ["fontType"] = "Monospace",
            ["wrap"] = true,
        });
        if (shown.Length < text.Length)
            body.Add(AdaptiveCardRenderer.TextBlock(Truncated.Format(shown.Length, text.Length).In(language), TextStyle.Subtle, literal: false));
        return AdaptiveCardRenderer.Envelope(body);
    }
}
