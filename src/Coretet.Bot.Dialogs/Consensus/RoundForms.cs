using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.Consensus.ConsensusFormTexts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>The forms of the consensus capability: open a round, give a reason, answer dissent, amend, arbitrate.</summary>
public static class RoundForms
{
    /// <summary>The opening form. Scope choices: the alliance for facilitators, then the open chantiers the sender belongs to.</summary>
    public static CardView Open(Language language, bool facilitator, IReadOnlyList<ChantierSummary> chantiers, IReadOnlyDictionary<string, string>? values, string? problem)
    {
        string? Value(string key) => values is not null && values.TryGetValue(key, out var v) ? v : null;
        var scopes = new List<Choice>();
        if (facilitator)
            scopes.Add(new Choice(ConsensusCardTexts.AllianceScope.In(language), RoundScopes.AllianceValue));
        scopes.AddRange(chantiers.Select(c => new Choice(c.Title, RoundScopes.ChantierValue(c.Id))));
        var body = new List<CardElement>();
        if (problem is not null)
            body.Add(new CardText(problem, TextStyle.Warning));
        body.Add(new CardText(T.OpenIntro.In(language)));
        body.Add(new TextInput(ConsensusVerbs.QuestionKey, T.QuestionLabel.In(language))
        {
            Multiline = true, Required = true, MaxLength = Round.MaxQuestionLength, Value = Value(ConsensusVerbs.QuestionKey),
            ErrorMessage = ConsensusTexts.TextMissing.In(language),
        });
        body.Add(new ChoiceInput(ConsensusVerbs.ScopeKey, T.ScopeLabel.In(language), scopes) { Required = true, Value = Value(ConsensusVerbs.ScopeKey) ?? scopes.FirstOrDefault()?.Value });
        body.Add(new DateInput(ConsensusVerbs.DeadlineDateKey, T.DeadlineLabel.In(language))
        {
            Required = true, TimeId = ConsensusVerbs.DeadlineTimeKey, Value = Value(ConsensusVerbs.DeadlineDateKey),
            TimeValue = Value(ConsensusVerbs.DeadlineTimeKey) ?? "18:00", ErrorMessage = ConsensusTexts.DeadlineUnreadable.In(language),
        });
        body.Add(new TextInput(ConsensusVerbs.QuorumKey, T.QuorumLabel.In(language)) { Placeholder = T.QuorumPlaceholder.In(language), Value = Value(ConsensusVerbs.QuorumKey) });
        body.Add(new DateInput(ConsensusVerbs.ReviewKey, T.ReviewLabel.In(language)) { Value = Value(ConsensusVerbs.ReviewKey) });
        var submit = new CardButton(T.OpenButton.In(language), ConsensusVerbs.Open) { Style = ButtonStyle.Primary };
        return new CardView(T.OpenTitle.In(language), body, [submit]) { Language = language };
    }

    /// <summary>Asks for the reason a dissenting stance needs, explaining why; nothing is recorded until it is given.</summary>
    public static CardView Reason(Round round, Stance stance, Language language, bool missing)
    {
        var body = new List<CardElement>();
        if (missing)
            body.Add(new CardText(ConsensusTexts.ReasonRequired(stance).In(language), TextStyle.Warning));
        body.Add(new CardText(T.WhyReason(stance).In(language)));
        body.Add(new CardText(round.Current.Text) { Literal = true });
        body.Add(new TextInput(ConsensusVerbs.ReasonKey, T.ReasonLabel(stance).In(language))
        {
            Multiline = true, Required = true, MaxLength = Position.MaxReasonLength, ErrorMessage = ConsensusTexts.ReasonRequired(stance).In(language),
        });
        var submit = new CardButton(T.SubmitPosition.Format(ConsensusTexts.StanceName(stance).In(language)).In(language), ConsensusVerbs.Position,
            new Dictionary<string, string> { [ConsensusVerbs.RoundKey] = round.Id, [ConsensusVerbs.StanceKey] = stance.ToString() })
        { Style = stance == Stance.Block ? ButtonStyle.Danger : ButtonStyle.Primary };
        return new CardView(T.ReasonTitle.Format(round.Number).In(language), body, [submit]) { Language = language };
    }

    public static CardView Answer(RoundSnapshot snapshot, Language language)
    {
        var round = snapshot.Round;
        var choices = snapshot.Dissent
            .Select(p => new Choice($"{p.AllyName} — {ConsensusTexts.StanceName(p.Stance).In(language)}{(p.IsAnswered ? " ✓" : "")}", p.AllyId))
            .ToList();
        var body = new List<CardElement>
        {
            new CardText(T.AnswerIntro.In(language)),
            new CardList(ConsensusCardTexts.DissentHeading.In(language), snapshot.Dissent.SelectMany(p => RoundCard.PositionLines(round, p, language)).ToList()),
            new ChoiceInput(ConsensusVerbs.PositionKey, T.AnswerWhichLabel.In(language), choices) { Required = true, Value = choices.FirstOrDefault()?.Value },
            new TextInput(ConsensusVerbs.TextKey, T.AnswerLabel.In(language)) { Multiline = true, Required = true, MaxLength = Position.MaxReasonLength },
        };
        return new CardView(T.AnswerTitle.Format(round.Number).In(language), body, [RoundCard.Button(T.AnswerButton, ConsensusVerbs.Answer, round, language) with { Style = ButtonStyle.Primary }])
        {
            Language = language,
        };
    }

    public static CardView Amend(Round round, Language language) =>
        new(T.AmendTitle.Format(round.Number).In(language), [
            new CardText(T.AmendIntro.In(language)),
            new TextInput(ConsensusVerbs.TextKey, T.AmendLabel.Format(round.Current.Number + 1).In(language))
            {
                Multiline = true, Required = true, MaxLength = Round.MaxQuestionLength, Value = round.Current.Text,
            },
        ], [RoundCard.Button(T.AmendButton, ConsensusVerbs.Amend, round, language) with { Style = ButtonStyle.Primary }])
        { Language = language };

    public static CardView Arbitrate(Round round, Language language) =>
        new(T.ArbitrateTitle.Format(round.Number).In(language), [
            new CardText(T.ArbitrateIntro.In(language)),
            new ChoiceInput(ConsensusVerbs.AdoptKey, T.ArbitrateChoiceLabel.In(language), [
                new Choice(T.ArbitrateAdopt.In(language), "yes"),
                new Choice(T.ArbitrateSetAside.In(language), "no"),
            ]) { Required = true, Expanded = true, Value = "yes" },
            new TextInput(ConsensusVerbs.StatementKey, T.StatementLabel.In(language)) { Multiline = true, Required = true, MaxLength = Round.MaxQuestionLength },
        ], [RoundCard.Button(T.ArbitrateButton, ConsensusVerbs.Arbitrate, round, language) with { Style = ButtonStyle.Primary }])
        { Language = language };

    /// <summary>The follow-up actions of a round (kept off the round card, which has the five stances).</summary>
    public static CardView Menu(Round round, Language language)
    {
        var buttons = new List<CardButton>
        {
            RoundCard.Button(T.MissingButton, ConsensusVerbs.Missing, round, language, inputs: false),
            RoundCard.Button(T.RecordButton, ConsensusVerbs.Record, round, language, inputs: false),
        };
        if (round.IsOpen)
        {
            buttons.Add(RoundCard.Button(T.AnswerMenuButton, ConsensusVerbs.AnswerForm, round, language, inputs: false));
            buttons.Add(RoundCard.Button(T.AmendMenuButton, ConsensusVerbs.AmendForm, round, language, inputs: false));
            buttons.Add(RoundCard.Button(T.CloseButton, ConsensusVerbs.Close, round, language, inputs: false) with { Style = ButtonStyle.Danger });
        }
        else
        {
            buttons.Add(RoundCard.Button(T.AnswerMenuButton, ConsensusVerbs.AnswerForm, round, language, inputs: false));
            if (round.Outcome is { Computed: OutcomeKind.NoConsensus, Kind: not OutcomeKind.Arbitration })
                buttons.Add(RoundCard.Button(T.ArbitrateMenuButton, ConsensusVerbs.ArbitrateForm, round, language, inputs: false));
        }

        return new CardView(ConsensusCardTexts.RoundTitle.Format(round.Number).In(language), [new CardText(T.MenuIntro.In(language))], buttons) { Language = language };
    }
}
