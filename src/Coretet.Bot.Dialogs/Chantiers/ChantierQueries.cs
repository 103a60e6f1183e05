using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary><c>chantiers [kind] [fermés]</c> and <c>chantier &lt;n&gt;</c>: reading needs no signature.</summary>
internal sealed class ChantierQueries(IAllianceGate gate, ChantierSupport support)
{
    private static readonly HashSet<string> ClosedWords = ["fermes", "ferme", "fermees", "clos", "closes", "closed"];
    private static readonly HashSet<string> OpenWords = ["ouverts", "ouvert", "open"];

    public async Task<TurnResult> ListAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var (closed, kind) = Filter(arguments);
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var all = await support.Chantiers.ListAsync(context.Alliance.Id, cancellationToken);
        var members = await support.Members.ListAllAsync(context.Alliance.Id, cancellationToken);
        var shown = all
            .Where(c => c.IsOpen != closed && (kind is null || c.Kind == kind))
            .OrderBy(c => c.Number)
            .Select(c => ChantierSnapshot.Of(c, members.TryGetValue(c.Number, out var list) ? list : []))
            .ToList();
        return TurnResult.Show(ChantierListCard.Render(shown, closed, kind, turn.Language));
    }

    public async Task<TurnResult> ShowAsync(Turn turn, int number, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var chantier = await support.RequireAsync(context, number, cancellationToken);
        return TurnResult.Show(ChantierCard.Render(await support.SnapshotAsync(chantier, cancellationToken), turn.Language));
    }

    private static (bool Closed, ChantierKind? Kind) Filter(string arguments)
    {
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var closed = words.Any(w => ClosedWords.Contains(CommandParser.Normalize(w)));
        var rest = string.Join(' ', words.Where(w => !ClosedWords.Contains(CommandParser.Normalize(w)) && !OpenWords.Contains(CommandParser.Normalize(w))));
        if (rest.Length == 0)
            return (closed, null);
        return ChantierKinds.TryParse(rest, out var kind)
            ? (closed, kind)
            : throw new AllianceException(ChantierTexts.UnknownFilter.Format(rest));
    }
}
