using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>The allies list: counts per version and engagement, then the names.</summary>
public static class AlliesCards
{
    public const int MaxNamesShown = 50;

    public static CardView Render(Alliance alliance, IReadOnlyList<Ally> allies, bool readerIsFacilitator, Language language)
    {
        var active = allies.Where(a => a.IsActive).OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var facts = new List<CardFact> { new(AlliesTexts.Active.In(language), Count(active.Count)) };
        facts.AddRange(active.GroupBy(a => a.SignedVersion).OrderByDescending(g => g.Key)
            .Select(g => new CardFact(AlliesTexts.SignedVersion.Format(g.Key).In(language), Count(g.Count()))));
        facts.AddRange(new[] { Engagement.Supporter, Engagement.Engaged }
            .Select(e => new CardFact(AlliesTexts.EngagementCount(e).In(language), Count(active.Count(a => a.Engagement == e)))));
        facts.Add(new CardFact(AlliesTexts.WithdrawnCount.In(language), Count(allies.Count(a => !a.IsActive))));
        var body = new List<CardElement> { new CardFacts(facts) };
        if (active.Count > 0)
            body.Add(new CardList(null, active.Take(MaxNamesShown).Select(a => Line(a, language)).ToList()));
        if (active.Count > MaxNamesShown)
            body.Add(new CardText(AlliesTexts.More.Format(active.Count - MaxNamesShown).In(language), TextStyle.Subtle));
        var buttons = readerIsFacilitator
            ? new List<CardButton> { new(AlliesTexts.ExportButton.In(language), CharterVerbs.ExportAllies) { SubmitsInputs = false } }
            : [];
        return new CardView(AlliesTexts.Title.Format(alliance.Name).In(language), body, buttons) { Language = language };
    }

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Line(Ally ally, Language language)
    {
        var line = $"{ally.Name} — {ally.Engagement.Label(language)}, v{ally.SignedVersion}";
        return ally.Organisation is null ? line : $"{line} ({ally.Organisation})";
    }
}
