using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Context a modal carries in <c>private_metadata</c> (≤ 3000 chars; Slack keeps no session): where the form was
/// opened from (channel, thread, clicked message) and what its submit button does (verb, data, language).
/// Comes back with view_submission, so it is user-controlled input like any button value.
/// </summary>
internal sealed record SlackModalMetadata(string Channel, string? ThreadTs, string? MessageTs, string Verb, IReadOnlyDictionary<string, string> Data)
{
    public string Encode()
    {
        var json = new JsonObject { ["c"] = Channel, ["v"] = Verb, ["d"] = SlackActionCodec.DataObject(Data) };
        if (ThreadTs is not null)
            json["t"] = ThreadTs;
        if (MessageTs is not null)
            json["m"] = MessageTs;
        return json.ToJsonString(SlackApiClient.Json);
    }

    public static SlackModalMetadata? Decode(string? metadata)
    {
        if (string.IsNullOrEmpty(metadata))
            return null;
        try
        {
            using var document = JsonDocument.Parse(metadata);
            var root = document.RootElement;
            var channel = SlackApiClient.Text(root, "c");
            var verb = SlackApiClient.Text(root, "v");
            if (string.IsNullOrWhiteSpace(channel) || string.IsNullOrWhiteSpace(verb))
                return null;
            return new SlackModalMetadata(channel, SlackApiClient.Text(root, "t"), SlackApiClient.Text(root, "m"), verb, SlackActionCodec.ReadData(root, "d"));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
