using System.Globalization;
using System.Text.Json;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

/// <summary>
/// Issue #9's last "Must show": the Playground drives the real host over its protocol through the main journey of an
/// alliance in a group chat (welcome, charter, signature, chantier, consensus round, position) and every card it
/// received renders without errors.
/// </summary>
public sealed class AgentsPlaygroundJourneyTests
{
    private static readonly TimeSpan Answer = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Playground_GroupChatJourney_WelcomeCharterSignChantierAndPosition_AllCardsValid()
    {
        await using var bot = await BotHost.StartAsync();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages").ToString());
        var journey = new Journey(playground, playground.Conversations.GroupChatId);

        await playground.InstallAsync(journey.Chat);
        await journey.WaitAsync("Bienvenue dans l'alliance", "Welcome to the alliance");
        var created = AgentsPlayground.Cards([await journey.WaitAsync("est créée", "is created")]).Single();
        Assert.DoesNotContain("\\\\*", created, StringComparison.Ordinal); // the next steps' bold markers are not escaped
        Assert.DoesNotContain("\"text\":\", ", created, StringComparison.Ordinal); // the installer has no name in installationUpdate

        var draft = await journey.SayAsync("draft charter", "Publier la version 1", "Publish version 1");
        await journey.ClickAsync(draft, ["Publier la version 1", "Publish version 1"], new Dictionary<string, string>
        {
            ["objectives"] = "Connect the resource places",
            ["sharedValues"] = "Cooperation",
            ["workingProcedures"] = "Decide by consensus",
        });
        await journey.WaitAsync("La version 1 de la charte est publiée", "Version 1 of the charter is published");

        var charter = await journey.SayAsync("charter", "Je signe", "I sign");
        await journey.ClickAsync(charter, ["Je signe", "I sign"]);
        var personal = new Journey(playground, playground.Conversations.PersonalChatId); // the thanks come privately
        await personal.WaitAsync("Vous avez signé la version 1", "You signed version 1");

        var chantierForm = await journey.SayAsync("new chantier", "Ouvrir le chantier", "Open the chantier");
        await journey.ClickAsync(chantierForm, ["Ouvrir le chantier", "Open the chantier"], new Dictionary<string, string>
        {
            ["title"] = "Seed library",
            ["kind"] = "thematic",
            ["purpose"] = "Grow together",
        });
        await journey.WaitAsync("Seed library", "Seed library", after: chantierForm);

        var roundForm = await journey.SayAsync("propose", "Ouvrir le tour", "Open the round");
        await journey.ClickAsync(roundForm, ["Ouvrir le tour", "Open the round"], new Dictionary<string, string>
        {
            ["question"] = "Shall we meet every month?",
            ["scope"] = "alliance",
            ["deadlineDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["deadlineTime"] = "18:00",
        });
        var round = await journey.WaitAsync("Tour de consensus n°1", "Consensus round #1", after: roundForm);
        await journey.ClickAsync(round, ["J'adhère", "I agree"]);
        var tallied = await journey.WaitAsync("\"Positions\",\"value\":\"1\"", "\"Positions\",\"value\":\"1\"", after: round);
        Assert.Equal(round.GetProperty("messageId").GetString(), tallied.GetProperty("messageId").GetString()); // updated in place
        Assert.Contains("\"title\":\"I agree\",\"value\":\"1\"", AgentsPlayground.Cards([tallied]).Single(), StringComparison.Ordinal);

        var cards = AgentsPlayground.Cards([.. journey.Messages, .. personal.Messages]);
        Assert.True(cards.Count >= 10, $"Only {cards.Count} cards reached the Playground.");
        await AdaptiveCardValidator.AssertValidAsync(cards);
        Assert.Empty(bot.Logs.Errors);
    }

    /// <summary>One conversation of the Playground, where the bot is mentioned and its answers are awaited one step at a time.</summary>
    private sealed class Journey(AgentsPlayground playground, string chat)
    {
        public string Chat => chat;

        public IReadOnlyList<JsonElement> Messages { get; private set; } = [];

        /// <summary>Mentions the bot with <paramref name="text"/> and returns its answer carrying one of the texts.</summary>
        public async Task<JsonElement> SayAsync(string text, string french, string english)
        {
            var before = Messages.Count;
            await playground.SendAsync(chat, text, mentionBot: true);
            return await WaitFromAsync(before, french, english);
        }

        /// <summary>Presses whichever of the titles the card has (its language depends on the turn that made it).</summary>
        public async Task ClickAsync(JsonElement message, string[] titles, IReadOnlyDictionary<string, string>? inputs = null)
        {
            var json = AgentsPlayground.Cards([message]).Single();
            var title = titles.FirstOrDefault(t => json.Contains($"\"title\":\"{t}\"", StringComparison.Ordinal))
                ?? throw new ArgumentException($"None of [{string.Join(", ", titles)}] on the card: {json}");
            await playground.ClickAsync(chat, message, title, inputs);
        }

        /// <summary>Waits for a message (after the one given, or any) whose text or card carries one of the texts.</summary>
        public Task<JsonElement> WaitAsync(string french, string english, JsonElement? after = null)
        {
            var from = after is { } message ? IndexOf(message) + 1 : 0;
            return WaitFromAsync(from, french, english);
        }

        private async Task<JsonElement> WaitFromAsync(int from, string french, string english)
        {
            Messages = await playground.WaitForBotMessagesAsync(chat, m => m.Skip(from).Any(x => Carries(x, french, english)), Answer);
            return Messages.Skip(from).Last(x => Carries(x, french, english));
        }

        private int IndexOf(JsonElement message)
        {
            var raw = message.GetRawText();
            for (var i = Messages.Count - 1; i >= 0; i--)
            {
                if (Messages[i].GetRawText() == raw)
                    return i;
            }

            return -1;
        }

        private static bool Carries(JsonElement message, string french, string english)
        {
            var text = message.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            var all = string.Concat(AgentsPlayground.Cards([message]).Prepend(text));
            return all.Contains(french, StringComparison.Ordinal) || all.Contains(english, StringComparison.Ordinal);
        }
    }
}
