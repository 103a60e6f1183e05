using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary><c>journal</c>: the latest entries of the alliance, filtered by chantier, ally or kind, with "older" paging. For allies and facilitators.</summary>
public sealed class JournalFlow(IAllianceGate gate, IJournalReader journal) : Flow
{
    public const int PageSize = 20;

    public static readonly CommandSpec Show = new("journal", ["journal", "memoire", "mémoire"], ["journal"], JournalTexts.JournalDescription)
    {
        Arguments = JournalTexts.JournalArguments,
    };

    public override IReadOnlyList<CommandSpec> Commands => [Show];

    public override IReadOnlyList<string> Verbs => [JournalCard.MoreVerb];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var context = await ReaderAsync(turn, cancellationToken);
        var query = JournalQuery.Parse(match.Arguments)
            ?? throw new AllianceException(JournalTexts.JournalUsage.Format(match.Arguments));
        var ally = turn.Mentions.Count > 0 ? turn.Mentions[0] : null;
        var filter = new JournalFilter(query.ChantierNumber, ally?.Key, query.Kind);
        var label = Label(filter, ally?.Name, turn.Language);
        return await PageAsync(context, filter, label, null, turn.Language, ReplyTarget.Here, cancellationToken);
    }

    public override async Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await ReaderAsync(turn, cancellationToken);
        var filter = new JournalFilter(Clean(action.Get("chantier")), Clean(action.Get("actor")), Clean(action.Get("kind")));
        return await PageAsync(context, filter, Label(filter, filter.ActorId, turn.Language), Clean(action.Get("after")), turn.Language, ReplyTarget.Here, cancellationToken);
    }

    /// <summary>Allies and the facilitation team read the journal; anyone else is shown the charter to sign.</summary>
    private async Task<AllianceContext> ReaderAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        return context.IsAlly || context.IsFacilitator ? context : await gate.RequireAllyAsync(turn, cancellationToken);
    }

    private async Task<TurnResult> PageAsync(AllianceContext context, JournalFilter filter, string? label, string? after, Language language, ReplyTarget target, CancellationToken cancellationToken)
    {
        var page = await journal.ReadPageAsync(context.Alliance.Id, filter, after, PageSize, cancellationToken);
        page = page with { Entries = [.. page.Entries.Select(JournalPrivacy.Public).OfType<JournalEntry>()] };
        var card = JournalCard.Render(context.Alliance.Name, context.Alliance.TimeZone, filter, label, page, language);
        return TurnResult.Of(new Reply(card, target));
    }

    private static string? Label(JournalFilter filter, string? allyName, Language language)
    {
        var parts = new List<string>();
        if (filter.ChantierId is { } chantier)
            parts.Add(JournalTexts.ChantierFilter.Format(chantier).In(language));
        if (filter.ActorId is not null)
            parts.Add(JournalTexts.AllyFilter.Format(allyName ?? filter.ActorId).In(language));
        if (filter.Kind is { } kind)
            parts.Add(JournalTexts.KindFilter.Format(kind).In(language));
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Card data is user input: bounded, and the store escapes it in filters and checks the cursor.</summary>
    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > 256 ? null : value;
}
