using System.Globalization;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>Reading, signing, re-confirming and withdrawing; facilitators draft and publish versions.</summary>
public sealed class CharterFlow(CharterService charter, IAllianceGate gate) : Flow
{
    public static readonly CommandSpec Read = new("charter", ["charte", "signer"], ["charter", "sign"], new("lire la charte et la signer", "read and sign the charter"));

    public static readonly CommandSpec Draft = new("charter.draft", ["rédiger la charte", "rédiger charte"], ["draft charter"], new("animation : rédiger et publier une version de la charte", "facilitators: draft and publish a charter version"));

    public static readonly CommandSpec Withdraw = new("charter.withdraw", ["retirer ma signature"], ["withdraw signature", "withdraw my signature"], new("retirer votre signature (vous pourrez signer à nouveau)", "withdraw your signature (you can sign again)"));

    public static readonly CommandSpec EngagementCommand = new("charter.engagement", "engagement", "engagement", new("changer votre engagement : sympathisant·e ou engagé·e", "change your engagement: supporter or engaged"))
    {
        Arguments = new("sympathisant·e|engagé·e", "supporter|engaged"),
    };

    public override IReadOnlyList<CommandSpec> Commands => [Read, Draft, Withdraw, EngagementCommand];

    public override IReadOnlyList<string> Verbs => [CharterVerbs.Sign, CharterVerbs.Reconfirm, CharterVerbs.ChangeEngagement, CharterVerbs.Draft, CharterVerbs.Publish];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        if (match.Command == Read)
            return await ShowAsync(turn, cancellationToken);
        if (match.Command == Draft)
            return await DraftAsync(turn, cancellationToken);
        // Withdrawing and changing engagement are ally-only: anyone else is shown the charter with its sign button.
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        if (match.Command == Withdraw)
        {
            await charter.WithdrawAsync(context.Alliance.Id, turn.From, cancellationToken);
            return Privately(turn, CharterTexts.Withdrawn);
        }

        return await ChangeEngagementAsync(turn, context, match.Arguments, cancellationToken);
    }

    public override async Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken) => action.Verb switch
    {
        CharterVerbs.Sign or CharterVerbs.Reconfirm => await SignAsync(turn, action, cancellationToken),
        CharterVerbs.ChangeEngagement => await ChangeEngagementAsync(turn, await gate.RequireAllyAsync(turn, cancellationToken), action.Get(CharterVerbs.EngagementKey), cancellationToken),
        CharterVerbs.Draft => await DraftAsync(turn, cancellationToken),
        _ => await PublishAsync(turn, action, cancellationToken),
    };

    private async Task<TurnResult> ShowAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var version = await charter.CurrentAsync(context.Alliance.Id, cancellationToken);
        return TurnResult.Show(CharterCards.Charter(context.Alliance, version, context.Ally, context.IsFacilitator, turn.Language));
    }

    private async Task<TurnResult> SignAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var current = await charter.CurrentAsync(context.Alliance.Id, cancellationToken);
        var shown = int.TryParse(action.Get(CharterVerbs.VersionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        if (current is null || shown != current.Number)
        {
            // The reader must sign the text they saw: a card showing another version gets the current one instead.
            var card = CharterCards.Charter(context.Alliance, current, context.Ally, context.IsFacilitator, turn.Language);
            return current is null ? TurnResult.Show(card) : TurnResult.Of(Reply.Here(CharterTexts.StaleVersion.In(turn.Language)), Reply.Here(card));
        }

        var engagement = AllyTexts.ParseEngagement(action.Get(CharterVerbs.EngagementKey));
        var result = await charter.SignAsync(context.Alliance.Id, turn.From, turn.Language, turn.TimeZone, engagement, action.Get(CharterVerbs.OrganisationKey), cancellationToken);
        return Privately(turn, SignedText(result));
    }

    /// <summary>
    /// A signature is personal: in a channel or group the acknowledgement goes to the signer's 1:1 chat, so that many
    /// people signing at once neither flood the channel nor queue behind its Teams rate limit (7 messages/s).
    /// </summary>
    private static TurnResult Privately(Turn turn, LocalizedText text) =>
        turn.Conversation.Kind == ConversationKind.Personal
            ? TurnResult.Text(text.In(turn.Language))
            : TurnResult.Of(new Reply(new MessageView(text.In(turn.Language)), new DirectTarget(turn.From)));

    private static LocalizedText SignedText(SignResult result)
    {
        var (ally, number) = (result.Ally, result.Version.Number);
        return result.Outcome switch
        {
            SignatureOutcome.AlreadySigned => CharterTexts.AlreadySigned.Per(l => [ally.SignedVersion, ally.Engagement.Label(l)]),
            SignatureOutcome.Reconfirmed => CharterTexts.Reconfirmed.Format(ally.Name, number),
            SignatureOutcome.SignedAgain => CharterTexts.SignedAgain.Per(l => [ally.Name, number, ally.Engagement.Label(l)]),
            _ => CharterTexts.Signed.Per(l => [ally.Name, number, ally.Engagement.Label(l)]),
        };
    }

    private async Task<TurnResult> ChangeEngagementAsync(Turn turn, AllianceContext context, string? typed, CancellationToken cancellationToken)
    {
        var engagement = AllyTexts.ParseEngagement(typed) ?? throw new AllianceException(CharterTexts.EngagementUsage);
        var (ally, changed) = await charter.ChangeEngagementAsync(context.Alliance.Id, turn.From, engagement, cancellationToken);
        var text = changed ? CharterTexts.EngagementChanged : CharterTexts.EngagementUnchanged;
        return Privately(turn, text.Per(l => [ally.Engagement.Label(l)]));
    }

    private async Task<TurnResult> DraftAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await gate.RequireFacilitatorAsync(turn, cancellationToken);
        var current = await charter.CurrentAsync(context.Alliance.Id, cancellationToken);
        return TurnResult.Show(CharterDraftCard.Render((current?.Number ?? 0) + 1, current?.ToDraft(), turn.Language));
    }

    private async Task<TurnResult> PublishAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireFacilitatorAsync(turn, cancellationToken);
        var draft = CharterDraft.Parse(action.Get(CharterVerbs.ObjectivesKey), action.Get(CharterVerbs.SharedValuesKey), action.Get(CharterVerbs.WorkingProceduresKey));
        var publication = await charter.PublishAsync(context.Alliance.Id, draft, turn.From, cancellationToken);
        var here = CharterTexts.Published.Format(publication.Version.Number, publication.Invitations.Count).In(turn.Language);
        var elsewhere = publication.Announcements.Where(r => r.Target is not ConversationTarget t || t.Conversation.Key != turn.Conversation.Key);
        var card = CharterCards.Charter(context.Alliance, publication.Version, context.Ally, true, turn.Language);
        return new TurnResult([Reply.Here(here), Reply.Here(card), .. elsewhere, .. publication.Invitations]);
    }
}
