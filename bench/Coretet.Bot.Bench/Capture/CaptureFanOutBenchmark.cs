using System.Diagnostics;
using System.Globalization;
using Coretet.Bot.Channels;
using Coretet.Bot.Channels.BotFramework;
using Coretet.Bot.Dialogs;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Scheduling.Capture;
using Coretet.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Bench.Capture;

/// <summary>
/// Fan-out of one capture occurrence to N allies (<c>CORETET_BENCH_CAPTURE_ALLIES</c>, default 10,000) through the
/// real prompter, claims and ledger (embedded store), channel sender, Connector client and its retry policy, against a
/// loopback Connector enforcing 7 messages/s per conversation and 50/s overall. Reports the time to deliver all,
/// peak memory, the Connector's 429s, and prompts refused after retries (must be 0) or sent twice (must be 0).
/// </summary>
internal sealed class CaptureFanOutBenchmark : IBenchmark
{
    public string Name => "capture";

    public string Description => "one capture occurrence fanned out to N allies against a rate-limited fake Connector";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("CORETET_BENCH_CAPTURE_ALLIES"), CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var root = Directory.CreateTempSubdirectory("coretet-bench-capture-").FullName;
        await using var connector = new RateLimitedConnector(perConversation: 7, overall: 50);
        await connector.StartAsync();
        var allies = Enumerable.Range(0, count).Select(i => new Ally("bench", new UserRef("msteams", $"29:user{i}", $"User {i}"))).ToList();
        using var host = Build(root, new BenchAllies(allies));
        var seeding = Stopwatch.StartNew();
        await SeedReferencesAsync(host.Services.GetRequiredService<BotFrameworkReferences>(), connector.ServiceUrl, allies, cancellationToken);
        output.WriteLine($"allies: {count}; references seeded in {seeding.Elapsed.TotalSeconds:F1} s");

        var schedule = CaptureSchedule.Create(new CaptureScheduleDraft(CaptureKeys.NewId(), "bench", null,
            Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)), Alliance.DefaultTimeZone), "bench", DateTimeOffset.UtcNow);
        var occurrence = DateTimeOffset.UtcNow;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var sampling = new CancellationTokenSource();
        var peak = SamplePeakAsync(sampling.Token);
        var run = Stopwatch.StartNew();
        var summary = await host.Services.GetRequiredService<CapturePrompter>().SendOccurrenceAsync(schedule, occurrence, cancellationToken);
        run.Stop();
        await sampling.CancelAsync();
        var peakManaged = await peak;

        var records = await host.Services.GetRequiredService<IPromptLedger>().ListAsync(schedule.OccurrenceKey(occurrence), cancellationToken);
        var options = host.Services.GetRequiredService<CaptureOptions>();
        output.WriteLine($"pacing: {options.MaxPromptsPerSecond}/s, {options.MaxParallelSends} sends in flight");
        output.WriteLine($"delivered: {connector.Accepted.Count} conversations in {run.Elapsed.TotalSeconds:F1} s ({connector.Accepted.Count / run.Elapsed.TotalSeconds:F1}/s); summary {summary}");
        output.WriteLine($"429 answered by the Connector (then retried): {connector.Refused}");
        output.WriteLine($"refused after retries (Failed/Unreachable records): {records.Count(r => r.Status is PromptStatus.Failed or PromptStatus.Unreachable)}");
        output.WriteLine($"sent twice to one conversation: {connector.Accepted.Count(p => p.Value > 1)}; allies without a prompt: {count - connector.Accepted.Count}");
        output.WriteLine($"memory: managed {before / 1048576.0:F1} MiB before, {peakManaged / 1048576.0:F1} MiB at most during the fan-out; process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F1} MiB");
        Directory.Delete(root, recursive: true);
    }

    private static async Task<long> SamplePeakAsync(CancellationToken cancellationToken)
    {
        var peak = 0L;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(100, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Sampling ends with the fan-out.
        }

        return Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static IHost Build(string root, BenchAllies allies)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });
        builder.Configuration["Storage:EmbeddedPath"] = "data";
        builder.Configuration["MicrosoftAppId"] = "";
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddCapture();
        builder.Services.AddCaptureScheduling();
        builder.Services.AddSingleton<IAllyDirectory>(allies);
        builder.Services.AddSingleton<IChantierDirectory>(allies);
        return builder.Build();
    }

    private static async Task SeedReferencesAsync(BotFrameworkReferences references, string serviceUrl, IReadOnlyList<Ally> allies, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(allies, parallel, async (ally, ct) =>
        {
            var personal = "a:personal-" + ally.User.Id;
            await references.RememberAsync(new BotFrameworkReference(serviceUrl, "msteams", personal)
            {
                ConversationType = "personal",
                TenantId = "tenant",
                BotId = "28:bench-bot",
                BotName = "Coretet",
                UserId = ally.User.Id,
                UserName = ally.Name,
                Locale = "fr-FR",
                PersonalConversationId = personal,
            }, ct);
        });
    }
}
