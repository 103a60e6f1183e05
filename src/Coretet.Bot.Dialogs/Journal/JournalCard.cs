using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>A page of the journal: one line per entry (local time, kind, sentence) and an "older" button when there is more.</summary>
public static class JournalCard
{
    public const string MoreVerb = "journal.more";

    public static CardView Render(string allianceName, string timeZone, JournalFilter filter, string? filterLabel, JournalPage page, Turns.Language language)
    {
        var body = new List<CardElement>();
        if (filterLabel is not null)
            body.Add(new CardText(JournalTexts.Filtered.Format(filterLabel).In(language), TextStyle.Subtle));
        var lines = page.Entries.Select(e => JournalTexts.Line.Format(Time(e.At, timeZone), e.Summary.In(language)).In(language) + $" [{e.Kind}]").ToList();
        body.Add(lines.Count > 0 ? new CardList(null, lines) : new CardText(JournalTexts.Empty.In(language)));
        if (page.Entries.Count > 0 && page.Next is null)
            body.Add(new CardText(JournalTexts.NoMore.In(language), TextStyle.Subtle));
        var buttons = page.Next is null ? Array.Empty<CardButton>() : [new CardButton(JournalTexts.Older.In(language), MoreVerb, MoreData(filter, page.Next))];
        return new CardView(JournalTexts.Title.Format(allianceName).In(language), body, buttons) { Language = language };
    }

    private static Dictionary<string, string> MoreData(JournalFilter filter, string after)
    {
        var data = new Dictionary<string, string> { ["after"] = after };
        if (filter.ChantierId is { } chantier)
            data["chantier"] = chantier;
        if (filter.ActorId is { } actor)
            data["actor"] = actor;
        if (filter.Kind is { } kind)
            data["kind"] = kind;
        return data;
    }

    private static string Time(DateTimeOffset at, string timeZone) =>
        JournalTimes.ToLocal(at, timeZone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
