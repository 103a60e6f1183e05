using System.Globalization;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary><c>nouveau chantier</c>: the form, then the chantier, or the form again with the reason it was refused.</summary>
internal sealed class ChantierOpening(IAllianceGate gate, ChantierSupport support)
{
    public async Task<TurnResult> ShowFormAsync(Turn turn, string prefilledTitle, CancellationToken cancellationToken)
    {
        await gate.RequireAllyAsync(turn, cancellationToken);
        var prefill = prefilledTitle.Length == 0
            ? null
            : new CardAction(ChantierVerbs.Create, new Dictionary<string, string> { [ChantierVerbs.TitleKey] = prefilledTitle });
        return TurnResult.Show(ChantierForms.Opening(turn.Language, CanLink(turn), prefill));
    }

    public async Task<TurnResult> CreateAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        Chantier chantier;
        try
        {
            var draft = Draft(turn, action);
            var opener = new ChantierMember(turn.From, support.Now);
            var today = support.Today(context.Alliance);
            chantier = await support.Chantiers.AddAsync(context.Alliance.Id, n => Chantier.Open(context.Alliance.Id, n, draft, opener, today), cancellationToken);
        }
        catch (AllianceException refused)
        {
            var form = ChantierForms.Opening(turn.Language, CanLink(turn), action, refused.Reason.In(turn.Language));
            return TurnResult.Of(new Reply(form, ReplyTarget.ClickedCard));
        }

        await support.JournalAsync(turn, ChantierEvents.ChantierOpened, chantier, ChantierJournalTexts.Opened, ChantierKinds.Label(chantier.Kind), cancellationToken);
        // Nothing else shows this new chantier yet: replacing the form is enough (no refresh).
        return TurnResult.Of(new Reply(ChantierCard.Render(ChantierSnapshot.Of(chantier, []), turn.Language), ReplyTarget.ClickedCard));
    }

    private static bool CanLink(Turn turn) => turn.Conversation.Kind != ConversationKind.Personal;

    private static ChantierDraft Draft(Turn turn, CardAction action)
    {
        if (!ChantierKinds.TryParse(action.Get(ChantierVerbs.KindKey), out var kind))
            throw new AllianceException(ChantierTexts.KindRequired);
        var link = CanLink(turn) && action.Get(ChantierVerbs.LinkKey) == ChantierVerbs.Yes;
        return new ChantierDraft(action.Get(ChantierVerbs.TitleKey) ?? "", kind, action.Get(ChantierVerbs.PurposeKey) ?? "")
        {
            ReviewDate = ParseDate(action.Get(ChantierVerbs.DateKey)),
            LinkedConversation = link ? turn.Conversation : null,
        };
    }

    private static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new AllianceException(ChantierTexts.DateInvalid.Format(text.Trim()));
    }
}
