using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.Consensus.ConsensusCardTexts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>The round card (live tally, updated in place) and the direct messages about a round.</summary>
public static class RoundCard
{
    /// <summary>The live card <c>round:&lt;id&gt;</c>. <paramref name="readerZone"/> null: the alliance's zone.</summary>
    public static CardView Live(RoundSnapshot snapshot, Language language, string? readerZone)
    {
        var round = snapshot.Round;
        var body = new List<CardElement>(Header(round, snapshot.ChantierTitle, language, readerZone));
        body.Add(TallyFacts(snapshot.Tally, language));
        body.AddRange(DissentList(snapshot, language));
        if (round.Outcome is { } outcome)
            body.Add(new CardText(T.OutcomeLine.Format(ConsensusTexts.OutcomeName(outcome.Kind).In(language)).In(language), TextStyle.Emphasis));
        body.Add(ReasonInput(round, language));
        var buttons = StanceButtons(round, language).Append(Button(T.MenuButton, ConsensusVerbs.Menu, round, language, inputs: false)).ToList();
        return new CardView(T.RoundTitle.Format(round.Number).In(language), body, buttons) { Key = round.CardKey, Language = language };
    }

    public static CardView Invitation(RoundSnapshot snapshot, Language language, string? readerZone) =>
        Direct(snapshot, T.InvitationTitle, T.InvitationIntro, language, readerZone);

    public static CardView Reminder(RoundSnapshot snapshot, Language language, string? readerZone) =>
        Direct(snapshot, T.ReminderTitle, T.ReminderIntro, language, readerZone);

    public static CardView ReconfirmInvitation(RoundSnapshot snapshot, Position position, Language language, string? readerZone)
    {
        var round = snapshot.Round;
        var body = new List<CardElement>
        {
            new CardText(T.ReconfirmIntro.Format(round.Current.Number, ConsensusTexts.StanceName(position.Stance).In(language), position.RevisionNumber).In(language)),
            new CardText(round.Current.Text) { Literal = true },
            new CardText(T.DeadlineFact.Format(RoundTimes.Format(round.Deadline, readerZone ?? round.TimeZone, language)).In(language), TextStyle.Subtle),
            ReasonInput(round, language),
        };
        var buttons = new[] { Button(T.ReconfirmButton, ConsensusVerbs.Reconfirm, round, language, inputs: false) with { Style = ButtonStyle.Primary } }
            .Concat(StanceButtons(round, language)).ToList();
        return new CardView(T.ReconfirmTitle.Format(round.Number).In(language), body, buttons) { Language = language };
    }

    public static CardView AnswerNotice(Round round, Position position, DissentResponse response, Language language)
    {
        var body = new List<CardElement>
        {
            new CardText(T.AnswerNoticeIntro.Format(response.AuthorName, ConsensusTexts.StanceName(position.Stance).In(language), round.Number).In(language)),
            new CardText(response.Text) { Literal = true },
            new CardText(T.AnswerNoticeHint.In(language), TextStyle.Subtle),
            ReasonInput(round, language),
        };
        var addressed = new CardButton(T.AddressedButton.In(language), ConsensusVerbs.Addressed, new Dictionary<string, string>
        {
            [ConsensusVerbs.RoundKey] = round.Id,
            [ConsensusVerbs.ResponseKey] = response.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }) { Style = ButtonStyle.Primary, SubmitsInputs = false };
        return new CardView(T.AnswerNoticeTitle.Format(round.Number).In(language), body, [addressed, .. StanceButtons(round, language)]) { Language = language };
    }

    internal static IEnumerable<CardElement> Header(Round round, string? chantierTitle, Language language, string? readerZone)
    {
        yield return new CardText(T.ProposalHeading.Format(round.Current.Number).In(language), TextStyle.Subtle);
        yield return new CardText(round.Current.Text) { Literal = true };
        var facts = new List<CardFact>
        {
            new(T.ScopeLabel.In(language), chantierTitle ?? (round.Scope.IsAllianceWide ? T.AllianceScope.In(language) : T.ChantierScope.In(language))),
            new(T.InitiatorLabel.In(language), round.InitiatorName),
            new(T.DeadlineLabel.In(language), RoundTimes.Format(round.Deadline, readerZone ?? round.TimeZone, language)),
            new(T.StatusLabel.In(language), (round.IsOpen ? T.StatusOpen : T.StatusClosed).In(language)),
        };
        if (round.Quorum is { } quorum)
            facts.Add(new(T.QuorumLabel.In(language), quorum.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (round.ReviewDate is { } review)
            facts.Add(new(T.ReviewLabel.In(language), RoundTimes.FormatDate(review, language)));
        yield return new CardFacts(facts);
    }

    internal static CardFacts TallyFacts(Tally tally, Language language)
    {
        var facts = Stances.All.Select(s => new CardFact(ConsensusTexts.StanceName(s).In(language), tally[s].ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        facts.Add(new(T.TotalLabel.In(language), tally.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (tally.OnOlderRevision > 0)
            facts.Add(new(T.OlderRevisionLabel.In(language), tally.OnOlderRevision.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (tally.Late > 0)
            facts.Add(new(T.LateLabel.In(language), tally.Late.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new CardFacts(facts);
    }

    /// <summary>Every dissenting reason with its answers: dissent stays visible with the decision.</summary>
    internal static IEnumerable<CardElement> DissentList(RoundSnapshot snapshot, Language language)
    {
        var items = snapshot.Dissent.SelectMany(p => PositionLines(snapshot.Round, p, language)).ToList();
        if (items.Count > 0)
            yield return new CardList(T.DissentHeading.In(language), items);
    }

    internal static IEnumerable<string> PositionLines(Round round, Position p, Language language)
    {
        var flags = new List<string> { T.RevisionShort.Format(p.RevisionNumber).In(language) };
        if (p.RevisionNumber < round.Current.Number)
            flags.Add(T.OlderRevisionFlag.In(language));
        if (p.Late)
            flags.Add(T.LateFlag.In(language));
        yield return T.PositionLine.Format(p.AllyName, ConsensusTexts.StanceName(p.Stance).In(language), string.Join(", ", flags), p.Reason ?? "—").In(language);
        foreach (var r in p.Responses)
            yield return T.AnswerLine.Format(r.AuthorName, r.Text, r.Addressed ? T.AddressedFlag.In(language) : "").In(language).TrimEnd();
    }

    internal static IEnumerable<CardButton> StanceButtons(Round round, Language language) =>
        Stances.All.Select(s => new CardButton(ConsensusTexts.StanceName(s).In(language), ConsensusVerbs.Position, new Dictionary<string, string>
        {
            [ConsensusVerbs.RoundKey] = round.Id,
            [ConsensusVerbs.StanceKey] = s.ToString(),
        }) { Style = s == Stance.Block ? ButtonStyle.Danger : s == Stance.Agree ? ButtonStyle.Primary : ButtonStyle.Default });

    internal static CardButton Button(Texts.LocalizedText label, string verb, Round round, Language language, bool inputs = true) =>
        new(label.In(language), verb, new Dictionary<string, string> { [ConsensusVerbs.RoundKey] = round.Id }) { SubmitsInputs = inputs };

    private static TextInput ReasonInput(Round round, Language language) =>
        new(ConsensusVerbs.ReasonKey, T.ReasonLabel.In(language))
        {
            Multiline = true,
            MaxLength = Position.MaxReasonLength,
            Placeholder = (round.IsOpen ? T.ReasonPlaceholder : T.ReasonPlaceholderLate).In(language),
        };

    private static CardView Direct(RoundSnapshot snapshot, Texts.LocalizedText title, Texts.LocalizedText intro, Language language, string? readerZone)
    {
        var round = snapshot.Round;
        var body = new List<CardElement> { new CardText(intro.In(language)) };
        body.AddRange(Header(round, snapshot.ChantierTitle, language, readerZone));
        body.Add(ReasonInput(round, language));
        return new CardView(title.Format(round.Number).In(language), body, StanceButtons(round, language).ToList()) { Language = language };
    }
}
