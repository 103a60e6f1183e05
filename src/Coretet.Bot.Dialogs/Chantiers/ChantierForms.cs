using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.Chantiers.ChantierViewTexts;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>The forms of the chantier capability: opening, adding a co-animator, closing.</summary>
internal static class ChantierForms
{
    /// <summary>The opening form, refilled with what was submitted and the reason when a rule refused it.</summary>
    public static CardView Opening(Language language, bool canLink, CardAction? submitted = null, string? problem = null)
    {
        var body = new List<CardElement> { new CardText(T.FormIntro.In(language)) };
        if (problem is not null)
            body.Add(new CardText(problem, TextStyle.Warning));
        body.Add(new TextInput(ChantierVerbs.TitleKey, T.TitleLabel.In(language))
        {
            Required = true,
            ErrorMessage = T.TitleMissing.In(language),
            MaxLength = Chantier.TitleMaxLength,
            Value = submitted?.Get(ChantierVerbs.TitleKey),
        });
        body.Add(new ChoiceInput(ChantierVerbs.KindKey, T.KindLabel.In(language), KindChoices(language))
        {
            Required = true,
            Expanded = true,
            Value = submitted?.Get(ChantierVerbs.KindKey) ?? ChantierKinds.Code(ChantierKind.Thematic),
        });
        body.Add(new TextInput(ChantierVerbs.PurposeKey, T.PurposeLabel.In(language))
        {
            Multiline = true,
            MaxLength = Chantier.PurposeMaxLength,
            Value = submitted?.Get(ChantierVerbs.PurposeKey),
        });
        body.Add(new DateInput(ChantierVerbs.DateKey, T.DateLabel.In(language)) { Value = submitted?.Get(ChantierVerbs.DateKey) });
        if (canLink)
        {
            body.Add(new ChoiceInput(ChantierVerbs.LinkKey, T.LinkLabel.In(language),
                [new(T.Yes.In(language), ChantierVerbs.Yes), new(T.No.In(language), "no")])
            {
                Expanded = true,
                Value = submitted?.Get(ChantierVerbs.LinkKey) ?? "no",
            });
        }

        return new CardView(T.FormTitle.In(language), body,
            [new CardButton(T.Open.In(language), ChantierVerbs.Create) { Style = ButtonStyle.Primary }])
        { Language = language };
    }

    public static CardView AddAnimator(ChantierSnapshot snapshot, Language language)
    {
        var chantier = snapshot.Chantier;
        var title = T.AnimatorFormTitle.Format(chantier.Title).In(language);
        if (snapshot.Participants.Count == 0)
            return new CardView(title, [new CardText(T.NoParticipants.Format(chantier.Number).In(language))], []) { Language = language };
        var choices = snapshot.Participants.Select(p => new Choice(p.Name, p.AllyId)).ToList();
        return new CardView(title,
            [
                new CardText(T.AnimatorFormIntro.Format(chantier.Number).In(language)),
                new ChoiceInput(ChantierVerbs.AllyKey, T.AnimatorChoice.In(language), choices) { Required = true },
            ],
            [new CardButton(T.AddAnimatorConfirm.In(language), ChantierVerbs.AddAnimator, ChantierCard.Data(chantier.Number))])
        { Language = language };
    }

    public static CardView Closing(Chantier chantier, Language language, string? problem = null, string? statement = null)
    {
        var body = new List<CardElement> { new CardText(T.CloseFormIntro.In(language)) };
        if (problem is not null)
            body.Add(new CardText(problem, TextStyle.Warning));
        body.Add(new TextInput(ChantierVerbs.StatementKey, T.StatementLabel.In(language))
        {
            Required = true,
            Multiline = true,
            MaxLength = Chantier.StatementMaxLength,
            Value = statement,
        });
        return new CardView(T.CloseFormTitle.Format(chantier.Title).In(language), body,
            [new CardButton(T.CloseConfirm.In(language), ChantierVerbs.Close, ChantierCard.Data(chantier.Number)) { Style = ButtonStyle.Danger }])
        { Language = language };
    }

    private static List<Choice> KindChoices(Language language) =>
        [.. ChantierKinds.All.Select(k => new Choice(ChantierKinds.Label(k).In(language), ChantierKinds.Code(k)))];
}
