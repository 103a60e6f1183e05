using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Tests.Capture.Support;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Dialogs.Wiring;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Wiring;

/// <summary>Issues #5/#7: closing a chantier prompts its members; their answers are experiences of that chantier.</summary>
public class ChantierClosingPromptTests
{
    private readonly CaptureWorld world = new();

    [Fact]
    public async Task Closed_TwoMembers_EachPromptedOnceWithClosingQuestions()
    {
        var listener = new ChantierClosingPrompt(world.Prompter);

        await listener.OnChantierClosedAsync(Closure(), CancellationToken.None);
        await listener.OnChantierClosedAsync(Closure(), CancellationToken.None);

        Assert.True(listener.PromptsMembers);
        Assert.Equal(1, world.SentTo(CaptureWorld.Bob));
        Assert.Equal(1, world.SentTo(CaptureWorld.Carol));
        Assert.Equal(0, world.SentTo(CaptureWorld.Alice));
        var prompt = world.Sent.First(r => r.Target is DirectTarget d && d.User == CaptureWorld.Carol);
        var card = Assert.IsType<CardView>(prompt.View);
        Assert.Contains(card.Body.OfType<TextInput>(), i => i.Label.Contains("accompli", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_ToClosingPrompt_StoredAsExperienceOfTheChantier()
    {
        await new ChantierClosingPrompt(world.Prompter).OnChantierClosedAsync(Closure(), CancellationToken.None);
        var key = world.Store.Occurrences.Keys.Single();
        var router = new DialogRouter([new ExperienceFlow(world, world, world.Store, world.Store, world.Store, world, world.Clock)], NullLogger<DialogRouter>.Instance);

        await router.RouteAsync(new Turn(TurnKind.CardAction, CaptureWorld.Carol, CaptureWorld.Channel, Language.French)
        {
            Action = new CardAction(CaptureViews.AnswerVerb, new Dictionary<string, string> { [CaptureViews.OccurrenceData] = key, ["q.passOn"] = "Le carnet des semis" }),
        }, CancellationToken.None);

        var experience = Assert.Single(world.Store.Experiences.Values);
        Assert.Equal("ch1", experience.ChantierId);
        Assert.Equal("Le carnet des semis", Assert.Single(experience.Answers).Text);
    }

    private ChantierClosure Closure() =>
        new(world.Chantier with { IsOpen = false }, "Terminé", CaptureWorld.Bob, world.Clock.GetUtcNow())
        {
            Members = [new ChantierMember(CaptureWorld.Bob, world.Clock.GetUtcNow()), new ChantierMember(CaptureWorld.Carol, world.Clock.GetUtcNow())],
        };
}
