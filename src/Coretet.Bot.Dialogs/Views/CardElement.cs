namespace Coretet.Bot.Dialogs.Views;

/// <summary>One block of a card body.</summary>
public abstract record CardElement;

public enum TextStyle
{
    Normal,
    Heading,
    Subtle,
    Emphasis,
    Warning,
}

/// <summary>Text. <see cref="Literal"/> marks user-written text that must be shown verbatim (no markup, no mentions).</summary>
public sealed record CardText(string Text, TextStyle Style = TextStyle.Normal) : CardElement
{
    public bool Literal { get; init; }
}

/// <summary>Label/value pairs (Adaptive Card FactSet, Slack section fields). Values are shown literally.</summary>
public sealed record CardFacts(IReadOnlyList<CardFact> Facts) : CardElement;

public sealed record CardFact(string Label, string Value);

/// <summary>A bulleted list of literal items under an optional heading.</summary>
public sealed record CardList(string? Heading, IReadOnlyList<string> Items) : CardElement;

/// <summary>A form field. <see cref="Id"/> is the key its value is submitted under.</summary>
public abstract record CardInput(string Id, string Label) : CardElement
{
    public bool Required { get; init; }

    /// <summary>Shown by the platform when a required input is empty, in the reader's language.</summary>
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool Multiline { get; init; }

    public int? MaxLength { get; init; }
}

public sealed record ChoiceInput(string Id, string Label, IReadOnlyList<Choice> Choices) : CardInput(Id, Label)
{
    public string? Value { get; init; }

    /// <summary>Radio-style (expanded) rather than a drop-down.</summary>
    public bool Expanded { get; init; }
}

public sealed record Choice(string Title, string Value);

/// <summary>A date (yyyy-MM-dd), optionally with a time (HH:mm) in <see cref="TimeId"/>.</summary>
public sealed record DateInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Value { get; init; }

    public string? TimeId { get; init; }

    public string? TimeValue { get; init; }
}
