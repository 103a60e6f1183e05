using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Tests.Support;
using static Coretet.Bot.Tests.Chantiers.ChantierBot;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>Issue #5 "Must show" over HTTP (Teams, fr and en): closing (refused to participants), closed list, closing message, reopening.</summary>
public class ChantierClosingOverHttpTests
{
    [Theory]
    [InlineData("fr-FR", "Rejoindre", "Clore", "Clore un chantier revient à ses animateur·rices")]
    [InlineData("en-US", "Join", "Close", "Closing a chantier is up to its animators")]
    public async Task Participant_TryingToClose_GetsAPoliteRefusal(string locale, string join, string close, string expected)
    {
        await using var bot = await ChantierBot.StartAsync();
        var (alice, bob) = (Person("Alice", locale), Person("Bob", locale));
        await bot.SignAsync(alice, bob);
        var card = (await bot.SubmitFormAsync(alice, Form("Jardins"))).Updates[^1];
        await bot.Teams.ClickAsync(bob, card, join);

        var refusal = await bot.Teams.ClickAsync(bob, card, close);

        Assert.Contains(expected, refusal.Single().Text);
        Assert.Contains(ChantierBot.IsEnglish(bob) ? "Thank you" : "Merci", refusal.Single().Text);
        Assert.Contains(ChantierBot.IsEnglish(bob) ? "Status: open" : "État: ouvert", (await bot.SayAsync(bob, "chantier 1")).Single().CardText);
        Assert.DoesNotContain(await bot.JournalAsync(), e => e.Kind == ChantierEvents.ChantierClosed);
    }

    [Theory]
    [InlineData("fr-FR", "Rejoindre", "Clore", "Clore le chantier", "Rouvrir", "chantiers fermés", "clos le", "qu'avons-nous réalisé, qu'avons-nous appris, que transmettons-nous ?", "État: ouvert")]
    [InlineData("en-US", "Join", "Close", "Close the chantier", "Reopen", "chantiers closed", "closed on", "what did we achieve, what did we learn, what do we pass on?", "Status: open")]
    public async Task CloseWithAStatement_ListedAmongClosedWithIt_MembersAsked_ThenReopenWorks(
        string locale, string join, string close, string confirm, string reopen, string closedCommand, string closedOn, string questions, string open)
    {
        await using var bot = await ChantierBot.StartAsync();
        var (alice, bob) = (Person("Alice", locale), Person("Bob", locale));
        await bot.SignAsync(alice, bob);
        var card = (await bot.SubmitFormAsync(alice, Form("Jardins"))).Updates[^1];
        await bot.Teams.ClickAsync(bob, card, join);

        var closeForm = (await bot.Teams.ClickAsync(alice, card, close)).Single();
        var closed = await bot.Teams.ClickAsync(alice, closeForm, confirm, new Dictionary<string, string> { ["statement"] = "Trois jardins ouverts." });
        var closedList = (await bot.SayAsync(alice, closedCommand)).Single().CardText;
        var reopened = (await bot.Teams.ClickAsync(alice, closed.Updates[^1], reopen)).Updates[^1];

        Assert.Contains($"{closedOn} ", closedList);
        Assert.Contains("Trois jardins ouverts.", closedList);
        var toBob = (await bot.Host.Connector.WaitForAsync(c => c.ConversationId == bot.Teams.Personal(bob).Id && c.Body.Contains("Trois jardins", StringComparison.Ordinal))).Single();
        Assert.Contains(questions, new BotReply(toBob).CardText);
        Assert.Contains(open, reopened.CardText);
        Assert.DoesNotContain("Jardins", (await bot.SayAsync(alice, closedCommand)).Single().CardText);
        Assert.Equal(ChantierEvents.ChantierReopened, (await bot.JournalAsync())[^1].Kind);
    }
}
