using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Routing;

/// <summary>
/// A text command. Words in both languages are accepted whatever the reader's locale; <see cref="Description"/>
/// is what <c>aide</c>/<c>help</c> shows. <see cref="Name"/> is the code name (English, stable).
/// </summary>
public sealed record CommandSpec(string Name, IReadOnlyList<string> French, IReadOnlyList<string> English, LocalizedText Description)
{
    public CommandSpec(string name, string french, string english, LocalizedText description)
        : this(name, [french], [english], description)
    {
    }

    /// <summary>The word shown in help for this language (the first one).</summary>
    public string Word(Language language) => language == Language.English ? English[0] : French[0];

    /// <summary>Hidden commands work but are not listed in help.</summary>
    public bool Hidden { get; init; }

    /// <summary>Argument hint shown in help, e.g. <c>&lt;code&gt;</c>.</summary>
    public LocalizedText? Arguments { get; init; }
}
