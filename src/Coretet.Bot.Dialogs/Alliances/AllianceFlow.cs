using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>Installation, linking conversations, the facilitation team and the alliance's settings.</summary>
public sealed class AllianceFlow(AllianceService alliances, IAllianceGate gate) : Flow
{
    public static readonly CommandSpec Link = new("alliance.link", "lier", "link", new("relier cette conversation à l'alliance", "attach this conversation to the alliance"))
    {
        Arguments = new("‹code›", "‹code›"),
    };

    public static readonly CommandSpec LinkCodeCommand = new("alliance.linkcode", ["code de liaison"], ["link code"], new("animation : obtenir un code pour relier une autre équipe ou un canal", "facilitators: get a code to attach another team or channel"));

    public static readonly CommandSpec Facilitators = new("alliance.facilitators", ["animation", "équipe d'animation"], ["facilitators"], new("voir l'équipe d'animation", "show the facilitation team"));

    public static readonly CommandSpec AddFacilitator = new("alliance.facilitators.add", ["ajouter animation"], ["add facilitator"], new("animation : ajouter des personnes à l'équipe d'animation", "facilitators: add people to the facilitation team"))
    {
        Arguments = new("@personne", "@person"),
    };

    public static readonly CommandSpec RemoveFacilitator = new("alliance.facilitators.remove", ["retirer animation"], ["remove facilitator"], new("animation : retirer des personnes de l'équipe d'animation", "facilitators: remove people from the facilitation team"))
    {
        Arguments = new("@personne", "@person"),
    };

    public static readonly CommandSpec Settings = new("alliance.settings", ["réglages"], ["settings"], new("animation : nom, fuseau horaire, langue de l'alliance", "facilitators: the alliance's name, time zone, language"));

    public override IReadOnlyList<CommandSpec> Commands => [Link, LinkCodeCommand, Facilitators, AddFacilitator, RemoveFacilitator, Settings];

    public override IReadOnlyList<string> Verbs => [CharterVerbs.SaveSettings];

    public override async Task<TurnResult> OnInstalledAsync(Turn turn, CancellationToken cancellationToken)
    {
        var created = await alliances.CreateOnInstallAsync(turn, cancellationToken);
        return created is null ? TurnResult.Nothing : TurnResult.Show(AllianceCards.Created(created, turn.From, turn.Language));
    }

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (match.Command == Link)
        {
            var alliance = await alliances.LinkAsync(turn, match.Arguments, cancellationToken);
            return TurnResult.Text(AllianceTexts.Linked.Format(alliance.Name).In(language));
        }

        if (match.Command == Facilitators)
            return TurnResult.Show(AllianceCards.Facilitators((await gate.ResolveAsync(turn, cancellationToken)).Alliance, language));
        var context = await gate.RequireFacilitatorAsync(turn, cancellationToken);
        if (match.Command == LinkCodeCommand)
            return await IssueCodeAsync(turn, context, cancellationToken);
        if (match.Command == Settings)
            return TurnResult.Show(AllianceCards.Settings(context.Alliance, language));
        return match.Command == AddFacilitator
            ? await AddFacilitatorsAsync(turn, context, cancellationToken)
            : await RemoveFacilitatorsAsync(turn, context, cancellationToken);
    }

    public override async Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireFacilitatorAsync(turn, cancellationToken);
        var settings = AllianceSettings.Parse(action.Get(CharterVerbs.NameKey), action.Get(CharterVerbs.TimeZoneKey), action.Get(CharterVerbs.LanguageKey));
        if (!await alliances.ChangeSettingsAsync(context, turn.From, settings, cancellationToken))
            return TurnResult.Text(AllianceTexts.SettingsUnchanged.In(turn.Language));
        return TurnResult.Text(AllianceTexts.SettingsSaved.Format(settings.Name, settings.TimeZone, settings.DefaultLanguage.Code()).In(turn.Language));
    }

    private async Task<TurnResult> IssueCodeAsync(Turn turn, AllianceContext context, CancellationToken cancellationToken)
    {
        var code = await alliances.IssueLinkCodeAsync(context, turn.From, cancellationToken);
        var text = AllianceTexts.LinkCodeIssued.Format(code.Display).In(turn.Language);
        // A code in a shared channel could be used by anyone reading it: it goes to the facilitator privately.
        if (turn.Conversation.Kind == ConversationKind.Personal)
            return TurnResult.Text(text);
        return TurnResult.Of(
            Reply.Here(AllianceTexts.LinkCodeSentPrivately.In(turn.Language)),
            new Reply(new MessageView(text), new DirectTarget(turn.From)));
    }

    private async Task<TurnResult> AddFacilitatorsAsync(Turn turn, AllianceContext context, CancellationToken cancellationToken)
    {
        if (turn.Mentions.Count == 0)
            throw new AllianceException(AllianceTexts.FacilitatorsUsage);
        var added = await alliances.NameFacilitatorsAsync(context, turn.From, turn.Mentions, cancellationToken);
        var text = added.Count > 0
            ? AllianceTexts.FacilitatorNamed.Format(turn.From.Name, AllianceCards.Names(added))
            : AllianceTexts.AlreadyFacilitators.Format(AllianceCards.Names(turn.Mentions));
        return TurnResult.Text(text.In(turn.Language));
    }

    private async Task<TurnResult> RemoveFacilitatorsAsync(Turn turn, AllianceContext context, CancellationToken cancellationToken)
    {
        if (turn.Mentions.Count == 0)
            throw new AllianceException(AllianceTexts.FacilitatorsRemoveUsage);
        var removed = await alliances.RemoveFacilitatorsAsync(context, turn.From, turn.Mentions, cancellationToken);
        var text = removed.Count > 0
            ? AllianceTexts.FacilitatorRemoved.Format(turn.From.Name, AllianceCards.Names(removed))
            : AllianceTexts.NotFacilitators.Format(AllianceCards.Names(turn.Mentions));
        return TurnResult.Text(text.In(turn.Language));
    }
}
