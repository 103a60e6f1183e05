using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Tests.Support;
using static Coretet.Bot.Tests.Chantiers.ChantierBot;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>Issue #5 "Must show" over HTTP: 100 allies join one chantier at the same moment.</summary>
public class ChantierConcurrencyOverHttpTests
{
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
