using System.Globalization;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Tests.Memory;

/// <summary>Answers <c>fichier N</c> with a file of N deterministic bytes.</summary>
internal sealed class FileTestFlow : Flow
{
    public static readonly CommandSpec File = new("test.file", "fichier", "file", new LocalizedText("fichier de test", "test file"));

    public override IReadOnlyList<CommandSpec> Commands => [File];

    public static byte[] Content(int size) => [.. Enumerable.Range(0, size).Select(i => (byte)((i * 31) + (i >> 8)))];

    public override Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var size = int.Parse(match.Arguments, CultureInfo.InvariantCulture);
        return Task.FromResult(TurnResult.Show(new FileView("test.bin", "application/octet-stream", Content(size), "Voici le fichier.")));
    }
}
