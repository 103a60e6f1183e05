using Coretet.Bot.Bench;
using Coretet.Bot.Bench.Capture;
using Coretet.Bot.Bench.Consensus;
using Coretet.Bot.Bench.Journal;
using Coretet.Bot.Bench.Storage;

// Add a benchmark: one class implementing IBenchmark (in a folder named for its area), one line below.
IBenchmark[] benchmarks =
[
    new StorageBenchmark(),
    new CaptureFanOutBenchmark(),
    new ConsensusBenchmark(),
    new JournalBenchmark(),
];

var selected = args.Length == 0 ? benchmarks : benchmarks.Where(b => args.Contains(b.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
if (selected.Length == 0)
{
    Console.Error.WriteLine($"Unknown benchmark '{string.Join(' ', args)}'. Available: {string.Join(", ", benchmarks.Select(b => b.Name))}.");
    return 2;
}
foreach (var benchmark in selected)
{
    Console.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
    await benchmark.RunAsync(Console.Out, CancellationToken.None);
    Console.WriteLine();
}
return 0;
