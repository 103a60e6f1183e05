using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels.Slack;

/// <summary>A Slack request translated: the neutral turn and how to answer it on Slack.</summary>
internal sealed record SlackInbound(Turn Turn, SlackReplyContext Reply);
