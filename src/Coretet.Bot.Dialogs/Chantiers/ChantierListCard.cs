using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.Chantiers.ChantierViewTexts;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>The answer to <c>chantiers</c>: open ones (or closed ones), optionally of one kind.</summary>
internal static class ChantierListCard
{
    public static CardView Render(IReadOnlyList<ChantierSnapshot> chantiers, bool closed, ChantierKind? kind, Language language)
    {
        var title = (closed ? T.ListClosedTitle : T.ListOpenTitle).In(language);
        if (kind is { } k)
            title = T.ListKindTitle.Format(title, ChantierKinds.Label(k).In(language)).In(language);
        var body = new List<CardElement>();
        if (chantiers.Count == 0)
            body.Add(new CardText((closed ? T.ListClosedEmpty : T.ListOpenEmpty).In(language)));
        else
            body.Add(new CardList(null, [.. chantiers.Select(c => Item(c, language))]));
        body.Add(new CardText(T.ListHint.In(language), TextStyle.Subtle));
        return new CardView(title, body, [new CardButton(T.NewButton.In(language), ChantierVerbs.Form)]) { Language = language };
    }

    private static string Item(ChantierSnapshot snapshot, Language language)
    {
        var chantier = snapshot.Chantier;
        var kind = ChantierKinds.Label(chantier.Kind).In(language);
        if (!chantier.IsOpen)
        {
            var closedOn = chantier.ClosedAt is { } at ? ChantierCard.Date(at) : "?";
            return T.ListItemClosed.Format(chantier.Number, chantier.Title, kind, closedOn, chantier.ClosingStatement).In(language);
        }

        return T.ListItemOpen
            .Format(chantier.Number, chantier.Title, kind, ChantierCard.Names(chantier.Animators, language), snapshot.Participants.Count)
            .In(language);
    }
}
