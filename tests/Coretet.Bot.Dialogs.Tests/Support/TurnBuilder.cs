using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Tests.Support;

/// <summary>Test data builders for turns.</summary>
internal static class TurnBuilder
{
    public static readonly UserRef Alice = new("msteams", "29:alice", "Alice");

    public static readonly ConversationRef Team = new("msteams", "19:general@thread.tacv2", ConversationKind.Channel) { SpaceId = "19:team", TenantId = "tenant" };

    public static Turn Message(string text, Language language = Language.French, UserRef? from = null) =>
        new(TurnKind.Message, from ?? Alice, Team, language) { Text = text, ActivityId = "a1", ReceivedAt = DateTimeOffset.UnixEpoch };

    public static Turn Action(string verb, Dictionary<string, string>? data = null, Language language = Language.French, UserRef? from = null) =>
        new(TurnKind.CardAction, from ?? Alice, Team, language) { Action = new CardAction(verb, data ?? []), ActivityId = "a2" };

    public static Turn Installed(Language language = Language.French) =>
        new(TurnKind.Installed, Alice, Team, language) { ActivityId = "a3" };
}
