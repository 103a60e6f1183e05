namespace Coretet.Bot.Dialogs.Views;

public enum ButtonStyle
{
    Default,
    Primary,
    Danger,
}

/// <summary>
/// A button that comes back as a <see cref="Turns.CardAction"/> with <see cref="Verb"/> and <see cref="Data"/>
/// (plus the card's inputs when <see cref="SubmitsInputs"/>).
/// </summary>
public sealed record CardButton(string Label, string Verb, IReadOnlyDictionary<string, string> Data)
{
    public CardButton(string label, string verb)
        : this(label, verb, new Dictionary<string, string>())
    {
    }

    public ButtonStyle Style { get; init; }

    public bool SubmitsInputs { get; init; } = true;
}
