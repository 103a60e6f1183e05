using Coretet.Bot.Bench;
using Coretet.Bot.Bench.Capture;
using Coretet.Bot.Bench.Consensus;
using Coretet.Bot.Bench.Journal;
using Coretet.Bot.Bench.Load;
using Coretet.Bot.Bench.Resilience;
using Coretet.Bot.Bench.Storage;

// Add a benchmark: one class implementing IBenchmark (in a folder named for its area), one line below.
IBenchmark[] benchmarks =
[
    new StorageBenchmark(),
    new CaptureFanOutBenchmark(),
    new ConsensusBenchmark(),
    new JournalBenchmark(),
    new LoadBenchmark(),
    new ResilienceBenchmark(),
];

// The in-process host (the test harness's BotHost) finds its content root through MvcTestingAppManifest.json in the
// current directory, as under dotnet test.
Environment.CurrentDirectory = AppContext.BaseDirectory;

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
