using System.Text.Json;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Tests.BotFramework;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Coretet.Bot.Tests.Teams;

/// <summary>
/// The Microsoft 365 Agents Playground, offline, against the real host on a loopback port: the Playground sends the
/// activities and plays the Connector the bot answers to (docs/teams.md "Try it locally").
/// </summary>
public sealed class AgentsPlaygroundTests
{
    private static readonly TimeSpan Answer = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Playground_PersonalGroupChatAndChannel_ShowTheWelcomeAndAnswerAideAndEveryMenuCommand()
    {
        await using var bot = await BotHost.StartAsync();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages").ToString());
        var conversations = playground.Conversations;

        await playground.InstallAsync(conversations.PersonalChatId);
        // The Playground announces an install twice (installationUpdate without a locale, conversationUpdate with one)
        // and the bot welcomes once, so the welcome's language depends on which arrives first.
        var welcome = await playground.WaitForBotMessagesAsync(
            conversations.PersonalChatId, m => HasCard(m, "Welcome to the alliance") || HasCard(m, "Bienvenue dans l'alliance"), Answer);
        await playground.SendAsync(conversations.PersonalChatId, "aide");
        var personal = await playground.WaitForBotMessagesAsync(conversations.PersonalChatId, m => HasCard(m, "What I can do"), Answer);
        await playground.SendAsync(conversations.GroupChatId, "aide", mentionBot: true);
        var group = await playground.WaitForBotMessagesAsync(conversations.GroupChatId, m => HasCard(m, "What I can do"), Answer);
        var thread = await playground.SendAsync(conversations.ChannelId, "aide", mentionBot: true);
        var channel = await playground.WaitForBotMessagesAsync(thread, m => HasCard(m, "What I can do"), Answer);
        foreach (var command in CommandsJson.Titles("en"))
        {
            var before = personal.Count;
            await playground.SendAsync(conversations.PersonalChatId, command);
            personal = await playground.WaitForBotMessagesAsync(conversations.PersonalChatId, m => m.Count > before, Answer);
        }

        await AdaptiveCardValidator.AssertValidAsync(AgentsPlayground.Cards([.. welcome, .. personal, .. group, .. channel]));
        Assert.Empty(bot.Logs.Errors);
    }

    [Fact]
    public async Task Playground_CardButton_ReachesTheBotWithTheInputsAndTheCardIsUpdated()
    {
        await using var bot = await BotHost.StartAsync(o => o.ConfigureServices(s => s.AddSingleton<Flow, CardTestFlow>()));
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages").ToString());
        var chat = playground.Conversations.PersonalChatId;

        await playground.SendAsync(chat, "card");
        var shown = await playground.WaitForBotMessagesAsync(chat, m => HasCard(m, "Formulaire"), Answer);
        var form = shown[^1];
        await playground.ClickAsync(chat, form, "Valider", new Dictionary<string, string> { ["reason"] = "parce que" });
        var after = await playground.WaitForBotMessagesAsync(chat, m => HasCard(m, "reason=parce que"), Answer);

        var updated = after.Last(m => AgentsPlayground.Cards([m]).Any(c => c.Contains("round=42", StringComparison.Ordinal)));
        Assert.Equal(form.GetProperty("messageId").GetString(), updated.GetProperty("messageId").GetString());
        await AdaptiveCardValidator.AssertValidAsync(AgentsPlayground.Cards(after));
    }

    private static bool HasCard(IEnumerable<JsonElement> messages, string text) =>
        AgentsPlayground.Cards(messages).Any(c => c.Contains(text, StringComparison.Ordinal));
}
