namespace Coretet.Bot.Dialogs.Turns;

/// <summary>
/// A person as one platform knows them. <see cref="Platform"/> is the channel id
/// (<c>msteams</c>, <c>slack</c>, <c>emulator</c>...); <see cref="Id"/> is the platform's stable user id
/// (Teams <c>29:...</c>, Slack <c>U...</c>). Identity always comes from the verified request, never from card data.
/// </summary>
public sealed record UserRef(string Platform, string Id, string Name)
{
    /// <summary>Entra object id when the platform gives one (Teams); lets one person be recognised across conversations.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Stable key for storage: platform and id.</summary>
    public string Key => $"{Platform}:{Id}";
}
