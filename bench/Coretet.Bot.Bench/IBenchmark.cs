namespace Coretet.Bot.Bench;

/// <summary>One benchmark: a name to select it on the command line, and a run that prints its figures.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(TextWriter output, CancellationToken cancellationToken);
}
