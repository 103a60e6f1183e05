using System.Globalization;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.Chantiers.ChantierViewTexts;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>The chantier card: what it is, who animates and takes part, and the buttons. The same card is posted in
/// many places, so buttons do not depend on the reader: the flow checks every press against the verified sender.</summary>
internal static class ChantierCard
{
    private const int NamesShown = 15;

    public static string Key(string allianceId, int number) => $"chantier:{allianceId}:{Chantier.FormatId(number)}";

    public static CardView Render(ChantierSnapshot snapshot, Language language)
    {
        var chantier = snapshot.Chantier;
        var body = new List<CardElement>
        {
            new CardFacts(Facts(snapshot, language)),
        };
        if (chantier.Purpose.Length > 0)
            body.Add(new CardText(chantier.Purpose) { Literal = true });
        if (chantier.ClosingStatement is { } statement)
        {
            body.Add(new CardText(T.ClosingStatement.In(language), TextStyle.Emphasis));
            body.Add(new CardText(statement) { Literal = true });
        }

        return new CardView(T.CardTitle.Format(chantier.Number, chantier.Title).In(language), body, Buttons(chantier, language))
        {
            Key = Key(chantier.AllianceId, chantier.Number),
            Language = language,
        };
    }

    public static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Names(IReadOnlyList<ChantierMember> members, Language language)
    {
        if (members.Count == 0)
            return T.Nobody.In(language);
        var names = string.Join(", ", members.Take(NamesShown).Select(m => m.Name));
        return members.Count <= NamesShown ? names : $"{names} {T.More.Format(members.Count - NamesShown).In(language)}";
    }

    private static List<CardFact> Facts(ChantierSnapshot snapshot, Language language)
    {
        var chantier = snapshot.Chantier;
        var status = chantier.IsOpen || chantier.ClosedAt is null
            ? T.StatusOpen
            : T.StatusClosed.Format(Date(chantier.ClosedAt.Value));
        var facts = new List<CardFact>
        {
            new(T.KindLabel.In(language), ChantierKinds.Label(chantier.Kind).In(language)),
            new(T.Status.In(language), status.In(language)),
            new(T.Animators.Format(chantier.Animators.Count).In(language), Names(chantier.Animators, language)),
            new(T.Participants.Format(snapshot.Participants.Count).In(language), Names(snapshot.Participants, language)),
        };
        if (chantier.ReviewDate is { } date)
            facts.Add(new(T.ReviewDate.In(language), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (chantier.LinkedConversation is { } linked)
            facts.Add(new(T.LinkedTo.In(language), linked.Name ?? T.ThisChannel.In(language)));
        return facts;
    }

    private static List<CardButton> Buttons(Chantier chantier, Language language)
    {
        var data = Data(chantier.Number);
        if (!chantier.IsOpen)
            return [new CardButton(T.ReopenButton.In(language), ChantierVerbs.Reopen, data)];
        return
        [
            new CardButton(T.JoinButton.In(language), ChantierVerbs.Join, data) { Style = ButtonStyle.Primary },
            new CardButton(T.LeaveButton.In(language), ChantierVerbs.Leave, data),
            new CardButton(T.AddAnimatorButton.In(language), ChantierVerbs.AnimatorForm, data),
            new CardButton(T.StepDownButton.In(language), ChantierVerbs.StepDown, data),
            new CardButton(T.LinkButton.In(language), ChantierVerbs.Link, data),
            new CardButton(T.CloseButton.In(language), ChantierVerbs.CloseForm, data) { Style = ButtonStyle.Danger },
        ];
    }

    public static Dictionary<string, string> Data(int number) => new() { [ChantierVerbs.NumberKey] = Chantier.FormatId(number) };
}
