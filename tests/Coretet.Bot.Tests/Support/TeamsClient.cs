using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coretet.Bot.Channels.BotFramework.Schema;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// Plays Microsoft Teams against the bot over real HTTP: builds activities as Teams sends them (mentions, clientInfo,
/// tenant, channelData), posts them to <c>/api/messages</c> and returns what the bot did at the fake connector.
/// Every call returns once the bot answered the POST; the bot replies before answering, so the replies are there.
/// </summary>
public sealed class TeamsClient(HttpClient bot, FakeConnector connector)
{
    private readonly Dictionary<string, TeamsConversation> conversations = new(StringComparer.Ordinal);
    private int activities;

    /// <summary>The bot as Teams addresses it (<c>recipient</c>).</summary>
    public ChannelAccount Bot { get; set; } = new() { Id = "28:coretet-bot", Name = "Coretet" };

    public string TenantId { get; set; } = "tenant-1";

    public string ChannelId { get; set; } = "msteams";

    /// <summary>Prefix of the activity ids this client gives (several clients on one bot cluster need distinct ones).</summary>
    public string ActivityIdPrefix { get; set; } = "act-";

    /// <summary>The bearer token to send with an activity (null: no Authorization header, the default for a bot without app id).</summary>
    public Func<Activity, string?>? Token { get; set; }

    public FakeConnector Connector => connector;

    public static TeamsUser User(string name, string locale = "fr-FR") =>
        new("29:" + name.ToLowerInvariant().Replace(' ', '-'), name, locale) { AadObjectId = "aad-" + name.ToLowerInvariant().Replace(' ', '-') };

    /// <summary>The user's 1:1 chat with the bot (the same id the fake connector gives when the bot opens it).</summary>
    public TeamsConversation Personal(TeamsUser user) => Remember(new TeamsConversation(FakeConnector.PersonalConversationId(user.Id), "personal", null));

    public TeamsConversation GroupChat(string name) => Remember(new TeamsConversation($"19:{Slug(name)}@thread.v2", "groupChat", name));

    public TeamsConversation Channel(string name, string team = "Alliance") =>
        Remember(new TeamsConversation($"19:{Slug(team)}-{Slug(name)}@thread.tacv2", "channel", name) { TeamId = $"19:{Slug(team)}@thread.tacv2", TeamName = team });

    /// <summary>
    /// <paramref name="from"/> writes <paramref name="text"/> (in their 1:1 chat unless <paramref name="conversation"/>
    /// says otherwise; in channels and group chats the bot is @mentioned first, as Teams requires). Write "@Bob" in the
    /// text and pass Bob in <paramref name="mentioning"/> to mention him.
    /// </summary>
    public Task<BotReplies> SendAsync(TeamsUser from, string text, TeamsConversation? conversation = null, params TeamsUser[] mentioning)
    {
        var where = conversation ?? Personal(from);
        var activity = NewActivity("message", from, where);
        var entities = new List<JsonElement>();
        if (!where.IsPersonal)
        {
            text = $"<at>{Bot.Name}</at> {text}";
            entities.Add(Mention(Bot.Id!, Bot.Name!));
        }

        foreach (var user in mentioning)
        {
            var tag = "@" + user.Name;
            if (!text.Contains(tag, StringComparison.Ordinal))
                throw new ArgumentException($"Write '{tag}' in the text to mention {user.Name}.", nameof(mentioning));
            text = text.Replace(tag, $"<at>{user.Name}</at>", StringComparison.Ordinal);
            entities.Add(Mention(user.Id, user.Name));
        }

        activity.Text = text;
        activity.Entities = [.. activity.Entities!, .. entities];
        return SendActivityAsync(activity);
    }

    /// <summary>
    /// <paramref name="from"/> presses <paramref name="button"/> on <paramref name="card"/> (Action.Submit, as Teams sends
    /// it: a message with the button's data merged with the card's inputs as <c>value</c>, and <c>replyToId</c> = the card).
    /// <paramref name="inputs"/> overrides input values by id; an id the card does not have is an error.
    /// </summary>
    public Task<BotReplies> ClickAsync(TeamsUser from, BotReply card, string button, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var activity = NewActivity("message", from, ConversationOf(card, from));
        activity.Value = JsonSerializer.SerializeToElement(Submitted(card, button, inputs));
        activity.ReplyToId = card.MessageId;
        return SendActivityAsync(activity);
    }

    /// <summary>The same press as an Action.Execute (<c>invoke adaptiveCard/action</c>); the answer is in <see cref="BotReplies.InvokeBody"/>.</summary>
    public Task<BotReplies> ExecuteAsync(TeamsUser from, BotReply card, string button, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var data = Submitted(card, button, inputs);
        var verb = (string?)data["_verb"];
        var activity = NewActivity("invoke", from, ConversationOf(card, from));
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = card.MessageId;
        activity.Value = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        });
        return SendActivityAsync(activity);
    }

    /// <summary>The bot is installed in <paramref name="conversation"/> (installationUpdate add, as Teams sends on install).</summary>
    public Task<BotReplies> InstallAsync(TeamsConversation conversation, TeamsUser by)
    {
        var activity = NewActivity("installationUpdate", by, conversation);
        activity.Action = "add";
        return SendActivityAsync(activity);
    }

    /// <summary>The bot is added as a member (conversationUpdate with membersAdded = the bot).</summary>
    public Task<BotReplies> AddBotAsync(TeamsConversation conversation, TeamsUser by)
    {
        var activity = NewActivity("conversationUpdate", by, conversation);
        activity.MembersAdded = [new ChannelAccount { Id = Bot.Id, Name = Bot.Name }];
        return SendActivityAsync(activity);
    }

    /// <summary>A fully populated activity as Teams would send it, to adjust before <see cref="SendActivityAsync"/>.</summary>
    public Activity NewActivity(string type, TeamsUser from, TeamsConversation conversation)
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        if (conversation.TeamId is not null)
        {
            channelData["team"] = new JsonObject { ["id"] = conversation.TeamId, ["name"] = conversation.TeamName };
            channelData["channel"] = new JsonObject { ["id"] = conversation.Id, ["name"] = conversation.Name };
        }

        return new Activity
        {
            Type = type,
            Id = ActivityIdPrefix + Interlocked.Increment(ref activities).ToString(CultureInfo.InvariantCulture),
            Timestamp = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ServiceUrl = connector.ServiceUrl.ToString(),
            ChannelId = ChannelId,
            From = new ChannelAccount { Id = from.Id, Name = from.Name, AadObjectId = from.AadObjectId },
            Recipient = new ChannelAccount { Id = Bot.Id, Name = Bot.Name },
            Conversation = new ConversationAccount
            {
                Id = conversation.Id,
                ConversationType = conversation.Type,
                IsGroup = conversation.IsPersonal ? null : true,
                TenantId = TenantId,
                Name = conversation.Type == "groupChat" ? conversation.Name : null,
            },
            Locale = from.Locale,
            Entities = [JsonSerializer.SerializeToElement(new { type = "clientInfo", locale = from.Locale, timezone = from.TimeZone, platform = "Web" })],
            ChannelData = JsonSerializer.SerializeToElement(channelData),
        };
    }

    /// <summary>Posts an activity and returns what the bot did; fails the test unless the bot answered 200.</summary>
    public async Task<BotReplies> SendActivityAsync(Activity activity)
    {
        var before = connector.LastSequence;
        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode} to a {activity.Type}: {body}");
        var replies = connector.CallsSince(before).Where(c => c.Succeeded && c.Activity is not null).Select(c => new BotReply(c)).ToList();
        return new BotReplies(replies, (int)response.StatusCode, body.Length == 0 ? null : JsonNode.Parse(body));
    }

    /// <summary>Posts an activity as is (with the <see cref="Token"/> when set); the caller checks the response.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        PostRawAsync(JsonSerializer.Serialize(activity, BotFrameworkJson.Options), Token?.Invoke(activity));

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await bot.SendAsync(request);
    }

    private JsonObject Submitted(BotReply card, string button, IReadOnlyDictionary<string, string>? inputs)
    {
        var action = card.Action(button);
        var data = action["data"]?.DeepClone() as JsonObject ?? [];
        if ((string?)action["associatedInputs"] == "none")
            return data;
        var known = card.Inputs;
        foreach (var (id, value) in known)
        {
            if (value is not null)
                data[id] = value;
        }

        foreach (var (id, value) in inputs ?? new Dictionary<string, string>())
        {
            if (!known.ContainsKey(id))
                throw new ArgumentException($"The card has no input '{id}'. Inputs: {string.Join(", ", known.Keys)}.", nameof(inputs));
            data[id] = value;
        }

        return data;
    }

    private TeamsConversation ConversationOf(BotReply card, TeamsUser from)
    {
        lock (conversations)
        {
            if (conversations.TryGetValue(card.ConversationId, out var known))
                return known;
        }

        return card.ConversationId == FakeConnector.PersonalConversationId(from.Id)
            ? Personal(from)
            : throw new InvalidOperationException($"Unknown conversation {card.ConversationId}: create it with Personal/GroupChat/Channel first.");
    }

    private TeamsConversation Remember(TeamsConversation conversation)
    {
        lock (conversations)
            conversations[conversation.Id] = conversation;
        return conversation;
    }

    private static JsonElement Mention(string id, string name) =>
        JsonSerializer.SerializeToElement(new { type = "mention", text = $"<at>{name}</at>", mentioned = new { id, name } });

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
