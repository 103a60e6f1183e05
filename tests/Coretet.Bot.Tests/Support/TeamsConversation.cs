namespace Coretet.Bot.Tests.Support;

/// <summary>
/// A Teams conversation for tests. <see cref="Type"/> is the wire <c>conversationType</c>: <c>personal</c>,
/// <c>groupChat</c> or <c>channel</c>; <see cref="TeamId"/> is set for channels.
/// </summary>
public sealed record TeamsConversation(string Id, string Type, string? Name)
{
    public string? TeamId { get; init; }

    public string? TeamName { get; init; }

    public bool IsPersonal => Type == "personal";
}
