using System.Text.Json.Nodes;
using Coretet.Bot.Channels.BotFramework.Cards;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Framework side of <see cref="IReplyDispatcher"/>: finds the stored reference of a conversation or person
/// and posts through the Connector. A person without a known 1:1 chat gets one created (proactive, with tenant).
/// </summary>
public sealed class BotFrameworkChannelSender(ConnectorClient connector, BotFrameworkReferences references) : IChannelSender
{
    private static readonly HashSet<string> Platforms = new(StringComparer.OrdinalIgnoreCase) { "msteams", "emulator", "webchat", "directline", "agents" };

    public bool Handles(string platform) => Platforms.Contains(platform);

    public async Task<string?> SendAsync(ConversationRef conversation, View view, CancellationToken cancellationToken)
    {
        var reference = await RequireConversationAsync(conversation, cancellationToken);
        var sent = await connector.SendAsync(reference.ServiceUrl, conversation.Id, Render(view, reference, conversation.Id), cancellationToken);
        return sent.Id;
    }

    public async Task UpdateAsync(ConversationRef conversation, string messageId, View view, CancellationToken cancellationToken)
    {
        var reference = await RequireConversationAsync(conversation, cancellationToken);
        await connector.UpdateAsync(reference.ServiceUrl, conversation.Id, messageId, Render(view, reference, conversation.Id), cancellationToken);
    }

    public async Task<PostedMessage?> SendDirectAsync(UserRef user, View view, CancellationToken cancellationToken)
    {
        var reference = await references.FindUserAsync(user.Platform, user.Id, cancellationToken);
        if (reference is null)
            return null;
        var conversationId = reference.PersonalConversationId ?? await OpenPersonalChatAsync(reference, user, cancellationToken);
        var sent = await connector.SendAsync(reference.ServiceUrl, conversationId, Render(view, reference, conversationId), cancellationToken);
        var conversation = new ConversationRef(user.Platform, conversationId, ConversationKind.Personal) { TenantId = reference.TenantId };
        return sent.Id is null ? null : new PostedMessage(conversation, sent.Id);
    }

    private async Task<string> OpenPersonalChatAsync(BotFrameworkReference reference, UserRef user, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            Members = [new ChannelAccount { Id = user.Id }],
            TenantId = reference.TenantId,
            ChannelData = reference.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = reference.TenantId } },
        };
        var created = await connector.CreateConversationAsync(reference.ServiceUrl, parameters, cancellationToken);
        var id = created.Id ?? throw new ConnectorException("The Connector created a conversation without an id.");
        var personal = reference with { ConversationId = id, ConversationType = "personal", PersonalConversationId = id, UserId = user.Id, UserName = user.Name };
        await references.RememberAsync(personal, cancellationToken);
        return id;
    }

    private async Task<BotFrameworkReference> RequireConversationAsync(ConversationRef conversation, CancellationToken cancellationToken) =>
        await references.FindConversationAsync(conversation.Platform, conversation.Id, cancellationToken)
        ?? throw new ConnectorException($"No conversation reference for {conversation.Key}: the bot has never heard from it.");

    private static Activity Render(View view, BotFrameworkReference reference, string conversationId)
    {
        var activity = AdaptiveCardRenderer.ToActivity(view, Languages.FromLocale(reference.Locale));
        activity.From = reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId, Name = reference.BotName };
        activity.Conversation = new ConversationAccount { Id = conversationId };
        return activity;
    }
}
