using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Wiring;
using Coretet.Bot.Tests.Consensus;

namespace Coretet.Bot.Tests.Wiring;

/// <summary>Issue #7 over HTTP (Teams): an ally's principle goes to a consensus round; adopted, it is listed.</summary>
public class PrincipleOverHttpTests
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task PrincipleByAlly_RoundReachesConsensus_ListedAsAdoptedWithExperiences(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var ana = s.Ally("Ana");
        await s.Bot.Get<IExperienceStore>().SaveAsync(
            new Experience("e1a2b3c4", s.Alliance.Alliance.Id, ConsensusAlliance.Key(ana), "Ana", ConsensusScenario.Start), CancellationToken.None);

        var proposed = await s.Bot.Teams.SendAsync(ana, s.L("principe e1a2b3c4 : Partager nos outils", "principle e1a2b3c4 : Share our tools"), s.Channel);
        var card = proposed.In(s.Channel).Card(s.L("Tour de consensus n°", "Consensus round #"));
        await s.StanceAsync(s.Ines, card, s.L("J'adhère", "I agree"));
        await s.StanceAsync(ana, card, s.L("J'adhère", "I agree"));
        s.Clock.Advance(ConsensusPrincipleRounds.Duration + TimeSpan.FromHours(1));
        await s.SweepAsync();

        var listed = (await s.Bot.Teams.SendAsync(ana, s.L("principes", "principles"), s.Channel)).Text;
        Assert.Contains(s.L("adopté", "adopted"), listed, StringComparison.Ordinal);
        Assert.Contains("e1a2b3c4", listed, StringComparison.Ordinal);
        Assert.Contains(s.L("Partager nos outils", "Share our tools"), listed, StringComparison.Ordinal);
    }
}
