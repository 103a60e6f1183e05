using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Tests.Support;
using static Coretet.Bot.Tests.Chantiers.ChantierBot;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>Issue #5 "Must show" over HTTP (Teams, fr and en): opening, listing, joining and leaving, invalid input, non-allies.</summary>
public class ChantierOpeningOverHttpTests
{
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
    [InlineData("fr-FR", "nouveau chantier", "Charte de l'alliance", "Je signe")]
    [InlineData("en-US", "new chantier", "Charter of the alliance", "I sign")]
    public async Task NonAlly_OpeningAChantier_GetsTheCharterCard(string locale, string command, string charter, string sign)
    {
        await using var bot = await ChantierBot.StartAsync();

        var reply = (await bot.SayAsync(Person("Dan", locale), command)).Single();

        Assert.Contains(charter, reply.CardText, StringComparison.Ordinal);
        Assert.Contains(sign, reply.Buttons);
        Assert.Empty(await bot.JournalAsync());
    }
}
