namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Card verbs and data keys of the consensus capability. Card data only names targets; identity is the sender.</summary>
public static class ConsensusVerbs
{
    public const string Open = "consensus.open";
    public const string Position = "consensus.position";
    public const string Reconfirm = "consensus.reconfirm";
    public const string Missing = "consensus.missing";
    public const string Menu = "consensus.menu";
    public const string AnswerForm = "consensus.answerForm";
    public const string Answer = "consensus.answer";
    public const string Addressed = "consensus.addressed";
    public const string AmendForm = "consensus.amendForm";
    public const string Amend = "consensus.amend";
    public const string Close = "consensus.close";
    public const string ArbitrateForm = "consensus.arbitrateForm";
    public const string Arbitrate = "consensus.arbitrate";
    public const string Record = "consensus.record";

    public static readonly IReadOnlyList<string> All =
        [Open, Position, Reconfirm, Missing, Menu, AnswerForm, Answer, Addressed, AmendForm, Amend, Close, ArbitrateForm, Arbitrate, Record];

    public const string RoundKey = "round";
    public const string StanceKey = "stance";
    public const string ReasonKey = "reason";
    public const string PositionKey = "position";
    public const string ResponseKey = "response";
    public const string TextKey = "text";
    public const string StatementKey = "statement";
    public const string AdoptKey = "adopt";
    public const string QuestionKey = "question";
    public const string ScopeKey = "scope";
    public const string DeadlineDateKey = "deadlineDate";
    public const string DeadlineTimeKey = "deadlineTime";
    public const string QuorumKey = "quorum";
    public const string ReviewKey = "review";
}
