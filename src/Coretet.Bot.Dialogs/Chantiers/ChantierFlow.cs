using System.Globalization;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>The chantier capability's commands and card verbs; each is handled by one small handler.</summary>
public sealed class ChantierFlow : Flow
{
    public static readonly CommandSpec New = new("chantier.new", ["nouveau chantier", "ouvrir un chantier"], ["new chantier", "open a chantier"],
        new LocalizedText("ouvrir un chantier (formulaire)", "open a chantier (form)"));

    public static readonly CommandSpec List = new("chantiers", ["chantiers"], ["chantiers", "workstreams"],
        new LocalizedText("les chantiers ouverts ; ajoutez un type ou « fermés »", "open chantiers; add a kind or \"closed\""))
    {
        Arguments = new LocalizedText("[thématique|géo-culturel|collégial] [fermés]", "[thematic|geo-cultural|collegial] [closed]"),
    };

    public static readonly CommandSpec Show = new("chantier", ["chantier"], ["chantier", "workstream"],
        new LocalizedText("voir un chantier, le rejoindre ; « co-animateur @nom » pour ajouter à l'animation",
            "see a chantier, join it; \"co-animator @name\" to add an animator"))
    {
        Arguments = new LocalizedText("‹n°› [co-animateur @nom]", "‹no.› [co-animator @name]"),
    };

    private readonly ChantierOpening opening;
    private readonly ChantierMembership membership;
    private readonly ChantierAnimation animation;
    private readonly ChantierClosing closing;
    private readonly ChantierQueries queries;

    public ChantierFlow(
        IAllianceGate gate,
        IChantierStore chantiers,
        IChantierMemberStore members,
        IAllyDirectory allies,
        IJournal journal,
        IEnumerable<IChantierClosedListener> listeners,
        TimeProvider time)
    {
        var support = new ChantierSupport(chantiers, members, journal, time);
        opening = new ChantierOpening(gate, support);
        membership = new ChantierMembership(gate, support);
        animation = new ChantierAnimation(gate, allies, support);
        closing = new ChantierClosing(gate, allies, [.. listeners], support);
        queries = new ChantierQueries(gate, support);
    }

    public override IReadOnlyList<CommandSpec> Commands => [New, List, Show];

    public override IReadOnlyList<string> Verbs => ChantierVerbs.All;

    public override Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        if (match.Command == New)
            return opening.ShowFormAsync(turn, match.Arguments, cancellationToken);
        if (match.Command == List)
            return queries.ListAsync(turn, match.Arguments, cancellationToken);
        return OnShowAsync(turn, match.Arguments, cancellationToken);
    }

    public override Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken) => action.Verb switch
    {
        ChantierVerbs.Form => opening.ShowFormAsync(turn, "", cancellationToken),
        ChantierVerbs.Create => opening.CreateAsync(turn, action, cancellationToken),
        ChantierVerbs.Join => membership.JoinAsync(turn, action, cancellationToken),
        ChantierVerbs.Leave => membership.LeaveAsync(turn, action, cancellationToken),
        ChantierVerbs.AnimatorForm => animation.ShowFormAsync(turn, action, cancellationToken),
        ChantierVerbs.AddAnimator => animation.AddParticipantAsync(turn, action, cancellationToken),
        ChantierVerbs.StepDown => animation.StepDownAsync(turn, action, cancellationToken),
        ChantierVerbs.Link => animation.LinkAsync(turn, action, cancellationToken),
        ChantierVerbs.CloseForm => closing.ShowFormAsync(turn, action, cancellationToken),
        ChantierVerbs.Close => closing.CloseAsync(turn, action, cancellationToken),
        ChantierVerbs.Reopen => closing.ReopenAsync(turn, action, cancellationToken),
        _ => Task.FromResult(TurnResult.Nothing),
    };

    /// <summary><c>chantier 3</c> shows it; <c>chantier 3 co-animateur @Bob</c> adds the mentioned allies as animators.</summary>
    private Task<TurnResult> OnShowAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !int.TryParse(words[0].TrimStart('#', 'n', 'N', '°'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            throw new AllianceException(ChantierTexts.NumberRequired);
        if (words.Length > 1 && IsAnimatorWord(words[1]))
            return animation.AddMentionedAsync(turn, number, cancellationToken);
        return queries.ShowAsync(turn, number, cancellationToken);
    }

    private static bool IsAnimatorWord(string word) =>
        CommandParser.Normalize(word).Replace("-", "", StringComparison.Ordinal) is "coanimateur" or "coanimatrice" or "coanimateurrice"
            or "animateur" or "animatrice" or "animateurrice" or "coanimator" or "animator";
}
