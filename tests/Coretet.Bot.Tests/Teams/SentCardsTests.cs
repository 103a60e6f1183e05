using System.Text.Encodings.Web;
using System.Text.Json;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

/// <summary>
/// A scripted Teams session against the real host: installation in every kind of conversation, help, every command
/// of the Teams command menu (manifest/commands.json, pending ones included, so each flow's cards join this check
/// the day it lands), in French and English. Every Adaptive Card the bot sent must pass the official renderer.
/// </summary>
public sealed class SentCardsTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task ScriptedSession_EveryCardTheBotSends_PassesTheOfficialRenderer()
    {
        await using var bot = await BotHost.StartAsync();
        var alice = TeamsClient.User("Alice");
        var bob = TeamsClient.User("Bob", "en-US");
        var channel = bot.Teams.Channel("Général", team: "Coretet");
        var group = bot.Teams.GroupChat("Projet");

        await bot.Teams.InstallAsync(bot.Teams.Personal(alice), alice);
        await bot.Teams.InstallAsync(bot.Teams.Personal(bob), bob);
        await bot.Teams.InstallAsync(channel, alice);
        await bot.Teams.AddBotAsync(group, bob);
        foreach (var (user, language) in new[] { (alice, "fr"), (bob, "en") })
        {
            foreach (var command in CommandsJson.Titles(language).Append("?").Append("inconnu"))
                await bot.Teams.SendAsync(user, command);
            foreach (var where in new[] { channel, group })
                await bot.Teams.SendAsync(user, language == "fr" ? "aide" : "help", where);
        }

        var cards = SentCards(bot.Connector);
        Assert.Contains(cards, c => c.Contains("Bienvenue dans l'alliance", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Contains("Welcome to the alliance", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Contains("What I can do", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Contains("Ce que je sais faire", StringComparison.Ordinal));
        await AdaptiveCardValidator.AssertValidAsync(cards);
        AssertNoTagLikeText(cards.Concat(bot.Connector.Calls.Select(c => c.Activity?.Text ?? "")));
    }

    /// <summary>
    /// Teams reads <c>&lt;word&gt;</c> in a message or a card as HTML and drops it ("lier &lt;code&gt;" showed as "lier"
    /// and a code block): placeholders are written ‹n›. Mentions (<c>&lt;at&gt;</c>) are the one tag the bot sends.
    /// </summary>
    private static void AssertNoTagLikeText(IEnumerable<string> texts)
    {
        var tags = texts
            .SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"</?[A-Za-zÀ-ÿ][^<>""]{0,40}>").Select(m => m.Value))
            .Where(tag => tag is not "<at>" and not "</at>")
            .Distinct()
            .ToList();
        Assert.True(tags.Count == 0, "Sent text Teams would read as HTML: " + string.Join(", ", tags));
    }

    private static List<string> SentCards(FakeConnector connector) =>
        connector.Calls
            .SelectMany(call => call.Activity?.Attachments ?? [])
            .Where(a => a.ContentType == Attachment.AdaptiveCardType && a.Content is not null)
            .Select(a => a.Content!.ToJsonString(Readable))
            .ToList();
}
