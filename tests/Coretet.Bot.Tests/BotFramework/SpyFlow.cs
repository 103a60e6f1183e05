using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Tests.BotFramework;

/// <summary>Counts the turns that reached the dialogs (command <c>spy</c>, installations).</summary>
internal sealed class SpyFlow : Flow
{
    private int turns;

    public static readonly CommandSpec Spy = new("test.spy", "spy", "spy", new LocalizedText("espion", "spy")) { Hidden = true };

    public int Turns => turns;

    public override IReadOnlyList<CommandSpec> Commands => [Spy];

    public override Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref turns);
        return Task.FromResult(TurnResult.Text("seen " + turn.From.Id));
    }

    public override Task<TurnResult> OnInstalledAsync(Turn turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref turns);
        return Task.FromResult(TurnResult.Nothing);
    }
}
