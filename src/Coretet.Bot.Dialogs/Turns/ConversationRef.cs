namespace Coretet.Bot.Dialogs.Turns;

/// <summary>
/// Where a turn happens. <see cref="SpaceId"/> is the enclosing team (Teams) or workspace (Slack) when known:
/// an alliance is attached to spaces and conversations, not to the platform as a whole.
/// </summary>
public sealed record ConversationRef(string Platform, string Id, ConversationKind Kind)
{
    public string? TenantId { get; init; }

    public string? SpaceId { get; init; }

    public string? Name { get; init; }

    /// <summary>The enclosing team's (or workspace's) display name when the platform says it.</summary>
    public string? SpaceName { get; init; }

    public string Key => $"{Platform}:{Id}";
}
