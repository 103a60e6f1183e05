using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.DecisionReviews;
using Coretet.Bot.Tests.Consensus;
using Coretet.Bot.Tests.Slack.Support;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.DecisionReviews;

/// <summary>Issues #6/#7 over HTTP (Teams): a decision's review date sends each ally in scope one prompt about it.</summary>
public class DecisionReviewOverHttpTests
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task AdoptedRound_ReviewDateComes_EachAllyOnePromptAndTheAnswerShowsInTheRecord(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var (ana, ben) = (s.Ally("Ana"), s.Ally("Ben"));
        var card = await s.OpenWithReviewAsync("Mutualiser nos outils numériques");
        await s.StanceAsync(s.Ines, card, s.L("J'adhère", "I agree"));
        await s.StanceAsync(ana, card, s.L("J'adhère", "I agree"));
        await s.StanceAsync(ben, card, s.L("J'adhère avec réserves", "Agree with reservations"), "Coût de maintenance");
        var outcome = await s.CloseAsync();
        var scheduled = await s.RecordAsync(ana, 1);
        var before = s.Bot.Connector.LastSequence;
        await s.Bot.ReviewSweepAsync();
        Assert.Empty(s.PromptsSince(before));

        s.ReachReviewDate();
        await s.Bot.ReviewSweepAsync();
        await s.Bot.ReviewSweepAsync();
        var prompts = s.PromptsSince(before);
        Assert.All(new[] { s.Ines, ana, ben }, u => Assert.Equal(1, prompts.PromptsTo(s, u)));
        Assert.Equal(3, prompts.Count);
        var anaPrompt = prompts.Single(p => p.ConversationId == s.Bot.Teams.Personal(ana).Id);
        Assert.Contains("Mutualiser nos outils numériques", anaPrompt.CardText, StringComparison.Ordinal);
        var thanks = await s.Bot.Teams.ClickAsync(ana, anaPrompt, s.L("Envoyer", "Send"), new Dictionary<string, string> { ["q.learned"] = "Les outils partagés ont tenu" });
        var record = await s.RecordAsync(ana, 1);

        Assert.Contains(s.L("sera revue le 31 décembre 2026", "will be reviewed on 31 December 2026"), outcome, StringComparison.Ordinal);
        Assert.Contains(s.L("Revue prévue le", "Review scheduled for"), scheduled, StringComparison.Ordinal);
        Assert.Contains(s.L("Merci", "Thank you"), thanks.Text, StringComparison.Ordinal);
        var round = await s.RoundAsync(1);
        var experience = Assert.Single(await s.Bot.Get<IExperienceStore>().ListAsync(s.Alliance.Alliance.Id, DateTimeOffset.MinValue, CancellationToken.None));
        Assert.Equal((round.Id, ConsensusAlliance.Key(ana)), (experience.DecisionId, experience.AllyId));
        Assert.Contains(s.L("Revue envoyée le", "Review sent on"), record, StringComparison.Ordinal);
        Assert.Contains(s.L("3 allié·e(s)", "3 ally(ies)"), record, StringComparison.Ordinal);
        Assert.Contains(s.L("Retours d'expérience liés à la décision : 1", "Experiences linked to the decision: 1"), record, StringComparison.Ordinal);
        Assert.Contains("Les outils partagés ont tenu", record, StringComparison.Ordinal);
        Assert.Single(s.Alliance.Journal, e => e.Kind == DecisionReviewEvents.DecisionReviewSent && e.RoundId == round.Id);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task RoundWithOpenBlock_ReviewDatePasses_NoPromptAndTheRecordSaysWhy(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var dan = s.Ally("Dan");
        var card = await s.OpenWithReviewAsync("Fusionner les deux chantiers");
        await s.StanceAsync(s.Ines, card, s.L("J'adhère", "I agree"));
        await s.StanceAsync(dan, card, s.L("Objection bloquante", "Blocking objection"), "Perd l'ancrage local");
        var outcome = await s.CloseAsync();
        var before = s.Bot.Connector.LastSequence;

        s.ReachReviewDate();
        await s.Bot.ReviewSweepAsync();

        Assert.Empty(s.PromptsSince(before));
        Assert.DoesNotContain(s.L("sera revue", "will be reviewed"), outcome, StringComparison.Ordinal);
        Assert.Null(await s.Bot.Get<IDecisionReviewStore>().FindAsync(s.Alliance.Alliance.Id, (await s.RoundAsync(1)).Id, CancellationToken.None));
        Assert.Contains(s.L("Pas de revue : la décision n'a pas été adoptée.", "No review: the decision was not adopted."), await s.RecordAsync(dan, 1), StringComparison.Ordinal);
        Assert.DoesNotContain(s.Alliance.Journal, e => e.Kind == DecisionReviewEvents.DecisionReviewSent);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task ChantierRound_ReviewGoesToItsMembersOnly_AnOutsiderCannotAnswerIt(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var (ana, ben) = (s.Ally("Ana"), s.Ally("Ben"));
        s.Chantier("jardins", "Jardins partagés", s.Ines, ana);
        var card = await s.OpenWithReviewAsync("Planter des haies", scope: "chantier:jardins");
        await s.StanceAsync(s.Ines, card, s.L("J'adhère", "I agree"));
        await s.StanceAsync(ana, card, s.L("J'adhère", "I agree"));
        await s.CloseAsync();
        var before = s.Bot.Connector.LastSequence;

        s.ReachReviewDate();
        await s.Bot.ReviewSweepAsync();
        var prompts = s.PromptsSince(before);
        var forged = await s.Bot.Teams.ClickAsync(ben, prompts.Single(p => p.ConversationId == s.Bot.Teams.Personal(ana).Id), s.L("Envoyer", "Send"),
            new Dictionary<string, string> { ["q.learned"] = "Je n'y étais pas" });

        Assert.Equal((1, 1, 0), (prompts.PromptsTo(s, s.Ines), prompts.PromptsTo(s, ana), prompts.PromptsTo(s, ben)));
        Assert.Contains(s.L("envoyées à d'autres allié·es", "sent to other allies"), forged.Text, StringComparison.Ordinal);
        Assert.Empty(await s.Bot.Get<IExperienceStore>().ListAsync(s.Alliance.Alliance.Id, DateTimeOffset.MinValue, CancellationToken.None));
    }

    [Fact]
    public async Task TwoHostsOnOneStore_SweepsRacing_EachAllyPromptedOnceAndJournaledOnce()
    {
        await using var s = await ConsensusScenario.StartAsync("fr-FR");
        var allies = Enumerable.Range(0, 6).Select(i => s.Ally($"Allié{i}")).ToList();
        var card = await s.OpenWithReviewAsync("Ouvrir un tiers-lieu");
        foreach (var ally in allies.Prepend(s.Ines))
            await s.StanceAsync(ally, card, "J'adhère");
        await s.CloseAsync();
        await using var other = await BotHost.StartAsync(o => o
            .UseTime(s.Clock)
            .Set("Storage:EmbeddedPath", s.Bot.StoragePath)
            .ConfigureServices(services => services.UseFakeAlliance(s.Alliance)));

        s.ReachReviewDate();
        await Task.WhenAll(s.Bot.ReviewSweepAsync(), other.ReviewSweepAsync(), s.Bot.ReviewSweepAsync(), other.ReviewSweepAsync());

        var prompts = s.Bot.Connector.Calls.Concat(other.Connector.Calls).Where(c => c.Succeeded && c.Activity is not null)
            .Select(c => new BotReply(c)).Where(ReviewScenario.IsReviewPrompt).ToList();
        Assert.All(allies.Prepend(s.Ines), u => Assert.Single(prompts, p => p.ConversationId == s.Bot.Teams.Personal(u).Id));
        Assert.Equal(7, prompts.Count);
        Assert.Single(s.Alliance.Journal, e => e.Kind == DecisionReviewEvents.DecisionReviewSent);
    }
}
