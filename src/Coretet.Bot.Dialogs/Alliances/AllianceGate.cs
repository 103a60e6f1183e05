using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>
/// Resolves a turn's alliance from where it happens (team or workspace, then conversation, then for a 1:1 chat the
/// person's latest alliance) and the sender's standing from the verified sender only.
/// </summary>
public sealed class AllianceGate(IAllianceStore alliances, IAllyStore allies, ICharterStore charters) : IAllianceGate
{
    public async Task<AllianceContext> ResolveAsync(Turn turn, CancellationToken cancellationToken) =>
        await TryResolveAsync(turn, cancellationToken) ?? throw new AllianceException(AllianceTexts.NoAlliance);

    public async Task<AllianceContext> RequireAllyAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await ResolveAsync(turn, cancellationToken);
        if (context.IsAlly)
            return context;
        var version = await charters.FindCurrentAsync(context.Alliance.Id, cancellationToken);
        var card = CharterCards.SignFirst(context.Alliance, version, context.Ally, context.IsFacilitator, turn.Language);
        throw new TurnRedirectException(TurnResult.Show(card));
    }

    public async Task<AllianceContext> RequireFacilitatorAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await ResolveAsync(turn, cancellationToken);
        return context.IsFacilitator ? context : throw new AllianceException(AllianceTexts.NotFacilitator);
    }

    /// <summary>As <see cref="ResolveAsync"/>, null when the conversation belongs to no alliance.</summary>
    public async Task<AllianceContext?> TryResolveAsync(Turn turn, CancellationToken cancellationToken)
    {
        var id = await FindAllianceIdAsync(turn, cancellationToken);
        var alliance = id is null ? null : await alliances.FindAsync(id, cancellationToken);
        if (alliance is null)
            return null;
        var ally = await allies.FindAsync(alliance.Id, turn.From.Key, cancellationToken);
        if (ally is not null)
            ally = await RefreshAsync(ally, turn, cancellationToken);
        return new AllianceContext(alliance, turn.From.Key, ally);
    }

    /// <summary>The alliance a turn's conversation is attached to (no alliance entity read).</summary>
    public async Task<string?> FindAllianceIdAsync(Turn turn, CancellationToken cancellationToken)
    {
        var space = AllianceAddresses.Space(turn.Conversation);
        if (space is not null && await alliances.FindIdByAddressAsync(space, cancellationToken) is { } bySpace)
            return bySpace;
        if (await alliances.FindIdByAddressAsync(AllianceAddresses.Conversation(turn.Conversation), cancellationToken) is { } byConversation)
            return byConversation;
        return turn.Conversation.Kind == ConversationKind.Personal ? await PersonalAllianceAsync(turn, cancellationToken) : null;
    }

    /// <summary>
    /// A 1:1 chat belongs to no alliance: use the one a card names (a re-confirm invitation) only when the sender has
    /// a record or role there, else the person's latest alliance. Card data never grants anything by itself.
    /// </summary>
    private async Task<string?> PersonalAllianceAsync(Turn turn, CancellationToken cancellationToken)
    {
        var hinted = turn.Action?.Get(CharterVerbs.AllianceKey);
        if (!string.IsNullOrWhiteSpace(hinted) && hinted.Length <= 64)
        {
            if (await allies.FindAsync(hinted, turn.From.Key, cancellationToken) is not null)
                return hinted;
            if (await alliances.FindAsync(hinted, cancellationToken) is { } alliance && alliance.IsFacilitator(turn.From.Key))
                return hinted;
        }

        return await alliances.FindIdByAddressAsync(AllianceAddresses.Person(turn.From), cancellationToken);
    }

    /// <summary>Keeps the ally's language and time zone current, writing only when they changed.</summary>
    private async Task<Ally> RefreshAsync(Ally ally, Turn turn, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(ally.Seen(turn.From, turn.Language, turn.TimeZone), ally))
            return ally;
        return await allies.ChangeAsync(ally.AllianceId, ally.Id, a => a?.Seen(turn.From, turn.Language, turn.TimeZone), cancellationToken) ?? ally;
    }
}
