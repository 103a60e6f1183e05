using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.Consensus.ConsensusCardTexts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>The outcome card: the decision, the statement, the tally, and every dissenting reason with its answer.</summary>
public static class OutcomeCard
{
    public static CardView Render(RoundSnapshot snapshot, Language language)
    {
        var round = snapshot.Round;
        var outcome = round.Outcome ?? throw new InvalidOperationException("The round is not closed.");
        var body = new List<CardElement>
        {
            new CardText(Explanation(round, outcome).In(language), TextStyle.Emphasis),
            new CardText(T.ProposalHeading.Format(round.Current.Number).In(language), TextStyle.Subtle),
            new CardText(round.Current.Text) { Literal = true },
        };
        if (outcome.Statement is { } statement)
        {
            body.Add(new CardText(T.StatementHeading.Format(outcome.ArbitrationAdopts ? T.Adopted.In(language) : T.SetAside.In(language)).In(language), TextStyle.Subtle));
            body.Add(new CardText(statement) { Literal = true });
        }

        body.Add(RoundCard.TallyFacts(outcome.Tally, language));
        body.AddRange(RoundCard.DissentList(snapshot, language));
        // Only an adopted decision is reviewed (docs/consensus.md "Decision reviews").
        if (round.ReviewDate is { } review && outcome.IsAdopted)
            body.Add(new CardText(T.ReviewLine.Format(RoundTimes.FormatDate(review, language)).In(language), TextStyle.Subtle));
        var record = RoundCard.Button(ConsensusFormTexts.RecordButton, ConsensusVerbs.Record, round, language, inputs: false);
        return new CardView(T.OutcomeTitle.Format(round.Number, ConsensusTexts.OutcomeName(outcome.Kind).In(language)).In(language), body, [record])
        {
            Language = language,
        };
    }

    private static Texts.LocalizedText Explanation(Round round, Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Consensus => T.ExplainConsensus,
        OutcomeKind.ConsensusWithDissent => T.ExplainConsensusWithDissent,
        OutcomeKind.Arbitration => T.ExplainArbitration,
        _ when outcome.Tally.Blocks > 0 => T.ExplainBlocked.Format(outcome.Tally.Blocks),
        _ => T.ExplainQuorum.Format(outcome.Tally.Total, Math.Max(1, round.Quorum ?? 1)),
    };
}
