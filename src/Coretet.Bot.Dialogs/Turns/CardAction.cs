namespace Coretet.Bot.Dialogs.Turns;

/// <summary>
/// A button press: the <see cref="Verb"/> names what to do (<c>charter.sign</c>), <see cref="Data"/> holds the
/// button's own data merged with the form's inputs. Data is user-controlled: never trust it for identity or role.
/// </summary>
public sealed record CardAction(string Verb, IReadOnlyDictionary<string, string> Data)
{
    public string? Get(string key) => Data.TryGetValue(key, out var value) ? value : null;
}
