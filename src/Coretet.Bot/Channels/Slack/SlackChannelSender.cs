using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Slack's outbound side for the <see cref="IReplyDispatcher"/>: chat.postMessage into a channel, a direct
/// message through conversations.open, chat.update in place. Forms sent this way have no trigger_id, so their
/// inputs are rendered as input blocks inside the message.
/// </summary>
internal sealed class SlackChannelSender(SlackApiClient api, SlackBlockKitRenderer renderer, SlackConversationReferences references) : IChannelSender
{
    public bool Handles(string platform) => platform == SlackConversations.Platform;

    public async Task<string?> SendAsync(ConversationRef conversation, View view, CancellationToken cancellationToken)
    {
        if (view is FileView file)
        {
            await api.UploadFileAsync(conversation.Id, null, file.FileName, file.Content, SlackMrkdwn.FromMarkdown(file.Caption), cancellationToken);
            return null;
        }

        var (_, ts) = await api.PostMessageAsync(conversation.Id, renderer.RenderMessage(view), null, cancellationToken);
        return ts;
    }

    public async Task<PostedMessage?> SendDirectAsync(UserRef user, View view, CancellationToken cancellationToken)
    {
        var channel = await api.OpenDirectAsync(user.Id, cancellationToken);
        var conversation = new ConversationRef(SlackConversations.Platform, channel, ConversationKind.Personal)
        {
            SpaceId = await references.FindTeamAsync(user.Id, cancellationToken),
        };
        var ts = await SendAsync(conversation, view, cancellationToken);
        return ts is null ? null : new PostedMessage(conversation, ts);
    }

    public Task UpdateAsync(ConversationRef conversation, string messageId, View view, CancellationToken cancellationToken) =>
        api.UpdateAsync(conversation.Id, messageId, renderer.RenderMessage(view), cancellationToken);
}
