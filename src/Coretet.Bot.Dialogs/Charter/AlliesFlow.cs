using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary><c>allié·es</c>/<c>allies</c> for everyone in the alliance; the CSV export for facilitators.</summary>
public sealed class AlliesFlow(IAllyDirectory allies, IAllianceGate gate) : Flow
{
    public static readonly CommandSpec List = new("allies", ["allié·es", "alliés"], ["allies"], new("voir les allié·es, par version et engagement", "list the allies, by version and engagement"));

    public static readonly CommandSpec Export = new("allies.export", ["exporter allié·es", "exporter alliés"], ["export allies"], new("animation : exporter les allié·es en CSV", "facilitators: export the allies as CSV"));

    public override IReadOnlyList<CommandSpec> Commands => [List, Export];

    public override IReadOnlyList<string> Verbs => [CharterVerbs.ExportAllies];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        if (match.Command == Export)
            return await ExportAsync(turn, cancellationToken);
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var all = await allies.ListAsync(context.Alliance.Id, cancellationToken);
        return TurnResult.Show(AlliesCards.Render(context.Alliance, all, context.IsFacilitator, turn.Language));
    }

    public override Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken) =>
        ExportAsync(turn, cancellationToken);

    private async Task<TurnResult> ExportAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await gate.RequireFacilitatorAsync(turn, cancellationToken);
        var all = await allies.ListAsync(context.Alliance.Id, cancellationToken);
        var caption = AlliesTexts.ExportCaption.Format(context.Alliance.Name, all.Count).In(turn.Language);
        return TurnResult.Show(new FileView("allies.csv", "text/csv; charset=utf-8", AlliesCsv.Write(all), caption));
    }
}
