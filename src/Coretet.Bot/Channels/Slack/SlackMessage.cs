using System.Text.Json.Nodes;

namespace Coretet.Bot.Channels.Slack;

/// <summary>A rendered message: fallback <see cref="Text"/> (notifications, screen readers) and Block Kit blocks.</summary>
internal sealed record SlackMessage(string Text, JsonArray Blocks);
