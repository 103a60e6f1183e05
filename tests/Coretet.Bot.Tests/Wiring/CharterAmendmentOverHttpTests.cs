using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Wiring;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Tests.Charter;
using Coretet.Bot.Tests.Consensus;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Wiring;

/// <summary>Issues #4 and #6 over HTTP (Teams): a charter version proposed by consensus is published when adopted.</summary>
public class CharterAmendmentOverHttpTests
{
    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task ProposeByConsensus_RoundAdopts_VersionPublishedWithRoundAndSignatoriesInvited(string language)
    {
        var words = CharterWords.For(language);
        var clock = new TestClock(ConsensusScenario.Start);
        await using var bot = await BotHost.StartAsync(o => o.UseTime(clock).Set("Consensus:SweepSeconds", "86400"));
        var scenario = new CharterScenario(bot, words);
        await scenario.WithCharterAsync();
        await scenario.SignAsync(scenario.Alice);
        await scenario.SignAsync(scenario.Bob);

        var form = (await bot.Teams.SendAsync(scenario.Alice, words.Draft, scenario.General)).Single();
        var submitted = await bot.Teams.ClickAsync(scenario.Alice, form, language == "en" ? "Propose by consensus" : "Proposer par consensus",
            new Dictionary<string, string>(CharterScenario.V1) { ["sharedValues"] = "Ouverture\nSobriété" });
        var card = submitted.In(scenario.General).Card(language == "en" ? "Consensus round #" : "Tour de consensus n°");
        var allianceId = (await bot.Get<IRoundStore>().ListOpenAsync(CancellationToken.None)).Single().AllianceId;
        Assert.Equal(1, (await bot.Get<CharterService>().CurrentAsync(allianceId, CancellationToken.None))!.Number);

        var agree = language == "en" ? "I agree" : "J'adhère";
        await bot.Teams.ClickAsync(scenario.Alice, card, agree);
        await bot.Teams.ClickAsync(scenario.Bob, card, agree);
        clock.Advance(CharterAmendmentFlow.Duration + TimeSpan.FromHours(1));
        var before = bot.Connector.LastSequence;
        await bot.Get<IEnumerable<ISweep>>().Single(s => s.Name == "consensus").RunAsync(CancellationToken.None);

        var current = (await bot.Get<CharterService>().CurrentAsync(allianceId, CancellationToken.None))!;
        Assert.Equal(2, current.Number);
        Assert.NotNull(current.RoundId);
        Assert.Contains("Sobriété", current.SharedValues);
        var sent = bot.Connector.CallsSince(before).Where(c => c.Succeeded && c.Activity is not null).Select(c => new BotReply(c)).ToList();
        Assert.Contains(sent, r => r.ConversationId == bot.Teams.Personal(scenario.Bob).Id && r.AllText.Contains(words.SharedValuesChanged, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task ProposeByConsensus_ByNonFacilitator_RefusedAndNoRound(string language)
    {
        var words = CharterWords.For(language);
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, words);
        await scenario.WithCharterAsync();
        await scenario.SignAsync(scenario.Bob);
        var form = (await bot.Teams.SendAsync(scenario.Alice, words.Draft, scenario.General)).Single();

        var refused = await bot.Teams.ClickAsync(scenario.Bob, form, language == "en" ? "Propose by consensus" : "Proposer par consensus",
            new Dictionary<string, string>(CharterScenario.V1) { ["sharedValues"] = "Ouverture\nSobriété" });

        Assert.True(refused.Contains(words.OnlyFacilitators), refused.Text);
        Assert.False(refused.Contains(language == "en" ? "Consensus round #" : "Tour de consensus n°"));
    }
}
