using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>
/// A chantier (workstream): opened by an ally who becomes its first animator, joined and left freely, closed by an
/// animator with a closing statement, reopened when needed. Participants are separate entities (many people join at
/// once); <see cref="Join"/> and <see cref="Leave"/> check the rules and say what to store.
/// </summary>
public sealed class Chantier
{
    public const int TitleMaxLength = 120;
    public const int PurposeMaxLength = 2000;
    public const int StatementMaxLength = 2000;

    private readonly List<ChantierMember> animators;

    private Chantier(ChantierState state)
    {
        AllianceId = state.AllianceId;
        Number = state.Number;
        Title = state.Title;
        Kind = state.Kind;
        Purpose = state.Purpose;
        ReviewDate = state.ReviewDate;
        LinkedConversation = state.LinkedConversation;
        animators = [.. state.Animators];
        OpenedBy = state.OpenedBy;
        OpenedAt = state.OpenedAt;
        IsOpen = state.IsOpen;
        ClosingStatement = state.ClosingStatement;
        ClosedBy = state.ClosedBy;
        ClosedAt = state.ClosedAt;
    }

    public string AllianceId { get; }

    /// <summary>Short number within the alliance (<c>chantier 3</c>), given by the store when opened.</summary>
    public int Number { get; }

    /// <summary>The id other capabilities use (<see cref="ChantierSummary.Id"/>): the number in invariant digits.</summary>
    public string Id => FormatId(Number);

    public string Title { get; }

    public ChantierKind Kind { get; }

    public string Purpose { get; }

    /// <summary>The end or review date, when one was given.</summary>
    public DateOnly? ReviewDate { get; }

    public ConversationRef? LinkedConversation { get; private set; }

    public IReadOnlyList<ChantierMember> Animators => animators;

    public string OpenedBy { get; }

    public DateTimeOffset OpenedAt { get; }

    public bool IsOpen { get; private set; }

    public string? ClosingStatement { get; private set; }

    public string? ClosedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Title compared for duplicates: case, accents, punctuation dots and spacing ignored.</summary>
    public string TitleKey => NormalizeTitle(Title);

    public static string FormatId(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string NormalizeTitle(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(CommandParser.Normalize));

    /// <summary>Opens a chantier from the form; <paramref name="today"/> is the date in the alliance's time zone.</summary>
    public static Chantier Open(string allianceId, int number, ChantierDraft draft, ChantierMember opener, DateOnly today)
    {
        var title = draft.Title.Trim();
        var purpose = draft.Purpose.Trim();
        if (title.Length == 0)
            throw new AllianceException(ChantierTexts.TitleRequired);
        if (title.Length > TitleMaxLength)
            throw new AllianceException(ChantierTexts.TitleTooLong.Format(TitleMaxLength, title.Length));
        if (purpose.Length > PurposeMaxLength)
            throw new AllianceException(ChantierTexts.PurposeTooLong.Format(PurposeMaxLength, purpose.Length));
        if (draft.ReviewDate is { } date && date < today)
            throw new AllianceException(ChantierTexts.DateInPast.Format(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return new Chantier(new ChantierState(allianceId, number, title, draft.Kind, purpose)
        {
            ReviewDate = draft.ReviewDate,
            LinkedConversation = draft.LinkedConversation,
            Animators = [opener],
            OpenedBy = opener.AllyId,
            OpenedAt = opener.Since,
        });
    }

    public static Chantier FromState(ChantierState state) => new(state);

    public ChantierState ToState() => new(AllianceId, Number, Title, Kind, Purpose)
    {
        ReviewDate = ReviewDate,
        LinkedConversation = LinkedConversation,
        Animators = [.. animators],
        OpenedBy = OpenedBy,
        OpenedAt = OpenedAt,
        IsOpen = IsOpen,
        ClosingStatement = ClosingStatement,
        ClosedBy = ClosedBy,
        ClosedAt = ClosedAt,
    };

    public bool IsAnimator(string allyId) => animators.Exists(a => a.AllyId == allyId);

    /// <summary>Refuses a duplicate of an open chantier of the alliance, pointing to it.</summary>
    public void EnsureNotDuplicateOf(IEnumerable<Chantier> others)
    {
        var existing = others.FirstOrDefault(c => c.IsOpen && c.Number != Number && c.TitleKey == TitleKey);
        if (existing is not null)
            throw new AllianceException(ChantierTexts.DuplicateTitle.Format(existing.Number, existing.Title));
    }

    /// <summary>The participant entity to store for an ally who joins.</summary>
    public ChantierMember Join(UserRef ally, DateTimeOffset now)
    {
        EnsureOpen();
        if (IsAnimator(ally.Key))
            throw new AllianceException(ChantierTexts.AlreadyAnimator.Format(Title));
        return new ChantierMember(ally, now);
    }

    /// <summary>Checks that a participant (not an animator) may leave; animators step down instead.</summary>
    public void Leave(string allyId)
    {
        if (IsAnimator(allyId))
            throw new AllianceException(ChantierTexts.AnimatorMustStepDown);
    }

    public void AddAnimator(string actorId, UserRef ally, DateTimeOffset now)
    {
        EnsureAnimator(actorId, ChantierTexts.OnlyAnimatorsAddAnimators);
        EnsureOpen();
        if (IsAnimator(ally.Key))
            throw new AllianceException(ChantierTexts.AlreadyAnimatorOther.Format(ally.Name));
        animators.Add(new ChantierMember(ally, now));
    }

    public void StepDown(string allyId)
    {
        if (!IsAnimator(allyId))
            throw new AllianceException(ChantierTexts.NotAnAnimator);
        if (animators.Count == 1)
            throw new AllianceException(ChantierTexts.LastAnimator);
        animators.RemoveAll(a => a.AllyId == allyId);
    }

    public void LinkTo(string actorId, ConversationRef conversation)
    {
        EnsureAnimator(actorId, ChantierTexts.OnlyAnimatorsLink);
        if (conversation.Kind == ConversationKind.Personal)
            throw new AllianceException(ChantierTexts.LinkNeedsChannel);
        LinkedConversation = conversation;
    }

    public void Close(string actorId, string statement, DateTimeOffset now)
    {
        EnsureAnimator(actorId, ChantierTexts.OnlyAnimatorsClose);
        EnsureOpen();
        if (StatementProblem(statement) is { } problem)
            throw new AllianceException(problem);
        IsOpen = false;
        ClosingStatement = statement.Trim();
        ClosedBy = actorId;
        ClosedAt = now;
    }

    /// <summary>Why a closing statement would be refused, or null when it is fine.</summary>
    public static LocalizedText? StatementProblem(string statement)
    {
        var length = statement.Trim().Length;
        if (length == 0)
            return ChantierTexts.StatementRequired;
        return length > StatementMaxLength ? ChantierTexts.StatementTooLong.Format(StatementMaxLength, length) : null;
    }

    public void Reopen(string actorId, IEnumerable<Chantier> others)
    {
        EnsureAnimator(actorId, ChantierTexts.OnlyAnimatorsReopen);
        if (IsOpen)
            throw new AllianceException(ChantierTexts.AlreadyOpen.Format(Title));
        EnsureNotDuplicateOf(others);
        IsOpen = true;
        ClosingStatement = null;
        ClosedBy = null;
        ClosedAt = null;
    }

    public ChantierSummary ToSummary(IEnumerable<ChantierMember> participants) =>
        new(AllianceId, Id, Title, IsOpen)
        {
            Animators = [.. animators.Select(a => a.AllyId)],
            Participants = [.. participants.Select(p => p.AllyId).Where(id => !IsAnimator(id)).Distinct(StringComparer.Ordinal)],
            LinkedConversation = LinkedConversation,
        };

    private void EnsureOpen()
    {
        if (!IsOpen)
            throw new AllianceException(ChantierTexts.Closed.Format(Title));
    }

    private void EnsureAnimator(string actorId, LocalizedText refusal)
    {
        if (!IsAnimator(actorId))
            throw new AllianceException(refusal);
    }
}
