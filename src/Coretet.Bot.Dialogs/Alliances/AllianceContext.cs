namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>Who is acting, in which alliance: resolved on the server from the verified sender, never from card data.</summary>
public sealed record AllianceContext(Alliance Alliance, string UserKey, Ally? Ally)
{
    public bool IsAlly => Ally is { IsActive: true };

    public bool IsFacilitator => Alliance.IsFacilitator(UserKey);
}
