namespace Coretet.Bot.Dialogs.Views;

/// <summary>
/// What a flow wants shown, independent of the platform. The Teams adapter renders views to Adaptive Cards 1.5,
/// the Slack adapter to Block Kit. Texts inside are already in the reader's language.
/// </summary>
public abstract record View;

/// <summary>A plain message. <see cref="Text"/> is light Markdown (bold, italics, lists, links) written by the bot;
/// user-written parts must be wrapped in <see cref="CardText"/> by cards, or escaped by the renderer.</summary>
public sealed record MessageView(string Text) : View;

/// <summary>
/// A card: an optional title, a body of elements, and buttons. Inputs in the body are submitted with every button
/// whose <see cref="CardButton.SubmitsInputs"/> is true.
/// </summary>
public sealed record CardView(string? Title, IReadOnlyList<CardElement> Body, IReadOnlyList<CardButton> Buttons) : View
{
    public CardView(string? title, params CardElement[] body)
        : this(title, body, [])
    {
    }

    /// <summary>Stable identity of what the card shows (e.g. <c>round:42</c>), so adapters can update it in place.</summary>
    public string? Key { get; init; }

    /// <summary>The language the card was rendered in, so a <see cref="CardRefresh"/> re-renders it in the same one.</summary>
    public Turns.Language Language { get; init; }
}
