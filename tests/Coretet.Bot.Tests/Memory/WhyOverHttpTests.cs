using Coretet.Bot.Tests.Charter;

namespace Coretet.Bot.Tests.Memory;

/// <summary><c>pourquoi n</c> / <c>why n</c> over HTTP: the experiences that led to a decision.</summary>
public sealed class WhyOverHttpTests
{
    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task Why_ShowsReviewAnswers_ChantierExperiencesBeforeTheDecision_AndThoseAPrincipleCites(string language)
    {
        await using var s = await MemoryScript.StartAsync(language);
        await s.CharterAsync();
        await s.ChantierAsync();
        var before = await s.ShareAsync(s.Bob, "Arroser le soir");
        await s.RoundAsync(review: new DateOnly(2026, 12, 31));
        var after = await s.ShareAsync(s.Cleo, "Après coup, semer plus tôt");
        await s.AnswerReviewAsync(new DateOnly(2026, 12, 31), s.Bob, "La grainothèque tourne bien");
        await s.PrincipleAsync([before, after]);

        var why1 = (await s.SayAsync(s.Cleo, s.L("pourquoi 1", "why 1"))).Single().CardText;
        var why2 = (await s.SayAsync(s.Cleo, s.L("pourquoi 2", "why 2"))).Single().CardText;

        Assert.Contains(s.L("Les expériences qui y ont mené", "The experiences that led to it"), why1, StringComparison.Ordinal);
        Assert.Contains(s.L("Liées à la décision (bilan) : 1", "Linked to the decision (review): 1"), why1, StringComparison.Ordinal);
        Assert.Matches(@"Bob · 2026-12-31 · [0-9a-f]{8} — La grainothèque tourne bien", why1);
        Assert.Contains(s.L("Du chantier 1 avant la décision : 1 sur 1", "From chantier 1 before the decision: 1 of 1"), why1, StringComparison.Ordinal);
        Assert.Contains($"{before} — Arroser le soir", why1, StringComparison.Ordinal);
        Assert.DoesNotContain("Après coup", why1, StringComparison.Ordinal);
        Assert.Contains(MemoryScript.Dissent, why1, StringComparison.Ordinal);
        Assert.Contains(MemoryScript.Answer, why1, StringComparison.Ordinal);
        Assert.Contains(s.L($"Citées par le principe {s.PrincipleId} : 2", $"Cited by principle {s.PrincipleId}: 2"), why2, StringComparison.Ordinal);
        Assert.Contains("Arroser le soir", why2, StringComparison.Ordinal);
        Assert.Contains("Après coup, semer plus tôt", why2, StringComparison.Ordinal);
    }
}
