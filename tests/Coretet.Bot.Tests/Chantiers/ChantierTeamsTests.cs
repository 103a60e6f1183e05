using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>Issue #5 "Must show", over HTTP with the Teams protocol, in French and English.</summary>
public class ChantierTeamsTests
{
    private static TeamsUser Person(string name, string locale) => TeamsClient.User(name, locale);

    private static Dictionary<string, string> Form(string title, string purpose = "Cultiver ensemble", string date = "") =>
        new() { ["title"] = title, ["kind"] = "thematic", ["purpose"] = purpose, ["date"] = date };

    [Theory]
    [InlineData("fr-FR", "Rejoindre", "Quitter", "Animation (1): Alice", "Participant·es (1): Carol", "thématique")]
    [InlineData("en-US", "Join", "Leave", "Animators (1): Alice", "Participants (1): Carol", "thematic")]
    public async Task OpenThroughForm_ListedThenTwoJoinAndOneLeaves_CardShowsOneAnimatorAndOneParticipant(
        string locale, string join, string leave, string animators, string participants, string kind)
    {
        await using var bot = await ChantierBot.StartAsync();
        var (alice, bob, carol) = (Person("Alice", locale), Person("Bob", locale), Person("Carol", locale));
        await bot.SignAsync(alice, bob, carol);

        var card = (await bot.SubmitFormAsync(alice, Form("Jardins partagés"))).Updates[^1];
        var list = (await bot.SayAsync(alice, "chantiers")).Single();
        await bot.Teams.ClickAsync(bob, card, join);
        await bot.Teams.ClickAsync(carol, card, join);
        var afterLeave = (await bot.Teams.ClickAsync(bob, card, leave)).Updates[^1];

        Assert.Contains("Jardins partagés", card.CardText);
        Assert.Contains($"1 · Jardins partagés · {kind}", list.CardText);
        Assert.Contains(animators, afterLeave.CardText);
        Assert.Contains(participants, afterLeave.CardText);
        Assert.Contains(participants, (await bot.SayAsync(carol, "chantier 1")).Single().CardText);
        Assert.Equal(
            [ChantierEvents.ChantierOpened, ChantierEvents.ChantierJoined, ChantierEvents.ChantierJoined, ChantierEvents.ChantierLeft],
            (await bot.JournalAsync()).Select(e => e.Kind));
    }

    [Theory]
    [InlineData("fr-FR", "", "", "", "Le titre est obligatoire")]
    [InlineData("en-US", "", "", "", "A title is required")]
    [InlineData("fr-FR", "Jardins", "P5000", "", "La raison d'être est trop longue : 2000 caractères au plus (elle en a 5000)")]
    [InlineData("en-US", "Jardins", "P5000", "", "The purpose is too long: 2000 characters at most (it has 5000)")]
    [InlineData("fr-FR", "Jardins", "", "2020-01-01", "La date 2020-01-01 est déjà passée")]
    [InlineData("en-US", "Jardins", "", "2020-01-01", "The date 2020-01-01 is in the past")]
    [InlineData("fr-FR", "Vallée", "", "", "Un chantier ouvert porte déjà ce titre : n° 1 « Vallée ». Tapez **chantier 1**")]
    [InlineData("en-US", "VALLEE", "", "", "An open chantier already has this title: no. 1 \"Vallée\". Type **chantier 1**")]
    public async Task InvalidInput_GetsItsOwnMessage_AndNothingIsCreated(string locale, string title, string purpose, string date, string expected)
    {
        await using var bot = await ChantierBot.StartAsync();
        var alice = Person("Alice", locale);
        await bot.SignAsync(alice);
        await bot.SubmitFormAsync(alice, Form("Vallée"));

        var form = (await bot.SubmitFormAsync(alice, Form(title, purpose == "P5000" ? new string('p', 5000) : purpose, date))).Updates[^1];

        Assert.True(form.CardText.Contains(expected, StringComparison.Ordinal), form.CardText);
        Assert.Equal(title, form.Inputs["title"] ?? "");
        var listed = (await bot.SayAsync(alice, "chantiers")).Single().CardText;
        Assert.Contains("Vallée", listed);
        Assert.DoesNotContain("2 ·", listed);
        Assert.Single(await bot.JournalAsync());
    }

    [Theory]
    [InlineData("fr-FR", "nouveau chantier", "Charte de Coretet", "Je signe")]
    [InlineData("en-US", "new chantier", "Charter of Coretet", "I sign")]
    public async Task NonAlly_OpeningAChantier_GetsTheCharterCard(string locale, string command, string charter, string sign)
    {
        await using var bot = await ChantierBot.StartAsync();

        var reply = (await bot.SayAsync(Person("Dan", locale), command)).Single();

        Assert.Contains(charter, reply.CardText, StringComparison.Ordinal);
        Assert.Contains(sign, reply.Buttons);
        Assert.Empty(await bot.JournalAsync());
    }

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

    [Fact]
    public async Task HundredAlliesJoiningConcurrently_EndWithHundredParticipants()
    {
        await using var bot = await ChantierBot.StartAsync();
        var alice = Person("Alice", "fr-FR");
        var allies = Enumerable.Range(1, 100).Select(i => Person($"Ally {i}", i % 2 == 0 ? "en-US" : "fr-FR")).ToArray();
        await bot.SignAsync(alice);
        await bot.SignManyAsync(allies);
        var card = (await bot.SubmitFormAsync(alice, Form("Jardins"))).Updates[^1];

        await Task.WhenAll(allies.Select(a => Task.Run(() => bot.Teams.ClickAsync(a, card, "Rejoindre"))));

        Assert.Contains("Participant·es (100)", (await bot.SayAsync(alice, "chantier 1")).Single().CardText);
        var lastUpdate = bot.Host.Connector.Calls.Last(c => c.Operation == ConnectorOperation.Update && c.MessageId == card.MessageId && c.Succeeded);
        Assert.Contains("Participant·es (100)", new BotReply(lastUpdate).CardText);
        Assert.Equal(100, (await bot.JournalAsync()).Count(e => e.Kind == ChantierEvents.ChantierJoined));
    }
}
