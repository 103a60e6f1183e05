using System.Text.Json.Nodes;

namespace Coretet.Bot.Tests.Slack.Support;

/// <summary>Builders for Slack payloads, shaped like protocols/slack.md §2–§4.</summary>
internal static class SlackPayloads
{
    public const string Team = "T0001";

    public static JsonObject Mention(string text, string user = "UALICE", string channel = "C0001", string eventId = "Ev0001") =>
        Envelope(eventId, new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = $"<@{FakeSlackApi.BotUserId}> {text}",
            ["ts"] = "1700000000.000100",
            ["channel"] = channel,
            ["event_ts"] = "1700000000.000100",
        });

    public static JsonObject DirectMessage(string text, string user = "UALICE", string channel = "D0001", string eventId = "Ev0002", string? botId = null)
    {
        var ev = new JsonObject
        {
            ["type"] = "message",
            ["channel_type"] = "im",
            ["user"] = user,
            ["text"] = text,
            ["ts"] = "1700000000.000200",
            ["channel"] = channel,
        };
        if (botId is not null)
            ev["bot_id"] = botId;
        return Envelope(eventId, ev);
    }

    public static JsonObject Envelope(string eventId, JsonObject ev) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = Team,
        ["api_app_id"] = "A0001",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = ev,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = FakeSlackApi.BotUserId, ["is_bot"] = true }),
    };

    public static Dictionary<string, string> Command(string text, string user = "UALICE", string channel = "C0001", string? responseUrl = null, string? triggerId = "13345224609.738474920.8088930838d88f008e0") => new()
    {
        ["command"] = "/alliance",
        ["text"] = text,
        ["user_id"] = user,
        ["user_name"] = user.ToLowerInvariant(),
        ["team_id"] = Team,
        ["team_domain"] = "coretet",
        ["channel_id"] = channel,
        ["channel_name"] = "general",
        ["trigger_id"] = triggerId ?? string.Empty,
        ["response_url"] = responseUrl ?? "https://hooks.slack.com/commands/T0001/1/abc",
    };

    public static JsonObject BlockAction(string value, string user = "UALICE", string channel = "C0001", string messageTs = "1700000000.000001", JsonObject? state = null) => new()
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "coretet" },
        ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = Team },
        ["api_app_id"] = "A0001",
        ["trigger_id"] = "trigger-1",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "general" },
        ["message"] = new JsonObject { ["ts"] = messageTs, ["text"] = "card" },
        ["state"] = new JsonObject { ["values"] = state ?? new JsonObject() },
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = "coretet.0",
            ["block_id"] = "b1",
            ["value"] = value,
            ["action_ts"] = "1700000001.000001",
        }),
    };

    public static JsonObject ViewSubmission(string privateMetadata, JsonObject values, string user = "UALICE") => new()
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "coretet" },
        ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = Team },
        ["trigger_id"] = "trigger-2",
        ["view"] = new JsonObject
        {
            ["id"] = "V0001",
            ["type"] = "modal",
            ["callback_id"] = "coretet.form",
            ["private_metadata"] = privateMetadata,
            ["state"] = new JsonObject { ["values"] = values },
        },
    };

    /// <summary><c>state.values</c> with one plain_text_input per (id, value).</summary>
    public static JsonObject TextState(params (string Id, string Value)[] inputs)
    {
        var values = new JsonObject();
        foreach (var (id, value) in inputs)
            values[id] = new JsonObject { [id] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } };
        return values;
    }
}
