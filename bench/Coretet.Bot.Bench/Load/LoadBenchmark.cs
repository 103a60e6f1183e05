using System.Diagnostics;
using Coretet.Bot.Tests.Processes;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Bench.Load;

/// <summary>
/// One real bot process (<c>dotnet Coretet.Bot.dll</c>) per backend, embedded then Azurite (CORETET_BENCH_TABLES):
/// cold start to the first answered turn, turns/s and p50/p99 for a help command and a charter signature at
/// concurrency 32 and 128, resident memory at rest and at peak; then the same client against a minimal ASP.NET Core
/// endpoint answering 200, the machine's ceiling for this HTTP work. Replies go to an in-process fake Connector.
/// Turns per measure: CORETET_BENCH_LOAD_TURNS (default 2,000 help turns; signatures are a third of it, each by a new ally).
/// </summary>
public sealed class LoadBenchmark : IBenchmark
{
    private static readonly int[] Concurrencies = [32, 128];

    public string Name => "load";

    public string Description => "one instance: cold start, help and signature turns/s and p50/p99 at c=32/128, memory; ceiling endpoint";

    private static int Turns => int.TryParse(Environment.GetEnvironmentVariable("CORETET_BENCH_LOAD_TURNS"), out var n) && n > 0 ? n : 2000;

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var help = new Dictionary<int, double>();
        await BenchBackends.InTempFolderAsync("load", folder => MeasureAsync(output, "embedded", new() { ["Storage__EmbeddedPath"] = folder }, help));

        if (BenchBackends.AzureConnection(output) is { } connection)
            await MeasureAsync(output, "azurite", new() { ["ConnectionStrings__Tables"] = connection }, help);
        await CeilingAsync(output, help);
    }

    private static async Task MeasureAsync(TextWriter output, string backend, Dictionary<string, string> settings, Dictionary<int, double> help)
    {
        settings["MicrosoftAppId"] = "";
        settings["Logging__LogLevel__Default"] = "Warning";
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = new BotProcess("bench-" + backend, settings);
        var cold = Stopwatch.StartNew();
        var healthy = await bot.StartAsync();
        using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var teams = new TeamsClient(http, connector);
        var run = Guid.NewGuid().ToString("N")[..6];
        await teams.SendAsync(TeamsClient.User($"First {run}"), "aide");
        output.WriteLine($"{backend}: cold start {cold.Elapsed.TotalMilliseconds:F0} ms to the first answered turn (/healthz after {healthy.TotalMilliseconds:F0} ms)");

        var users = Enumerable.Range(0, 500).Select(i => TeamsClient.User($"Reader {run} {i}")).ToList();
        await LoadFigures.MeasureAsync(200, 16, i => HelpAsync(teams, users[i % users.Count]));
        await Task.Delay(TimeSpan.FromSeconds(2));
        output.WriteLine($"  memory at rest (after warm-up): {bot.Memory().Resident / 1048576.0:F0} MiB resident");
        foreach (var concurrency in Concurrencies)
        {
            var figures = await LoadFigures.MeasureAsync(Turns, concurrency, i => HelpAsync(teams, users[i % users.Count]));
            help[concurrency] = Math.Max(help.GetValueOrDefault(concurrency), figures.PerSecond);
            output.WriteLine($"  help        {figures}");
        }

        var team = await CharterAsync(teams, run);
        foreach (var concurrency in Concurrencies)
        {
            var cards = await SigningChannelsAsync(teams, team, $"{run}-{concurrency}");
            var signers = Enumerable.Range(0, Math.Max(1, Turns / 3)).Select(i => TeamsClient.User($"Signer {run} {concurrency} {i}")).ToList();
            var figures = await LoadFigures.MeasureAsync(signers.Count, concurrency, i => SignAsync(teams, cards[i % cards.Count], signers[i]));
            output.WriteLine($"  signature   {figures}");
        }

        output.WriteLine($"  memory at peak: {bot.Memory().Peak / 1048576.0:F0} MiB resident (now {bot.Memory().Resident / 1048576.0:F0} MiB)");
    }

    private static async Task CeilingAsync(TextWriter output, Dictionary<int, double> help)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var ceiling = await CeilingEndpoint.StartAsync();
        using var http = new HttpClient { BaseAddress = ceiling.BaseAddress };
        var teams = new TeamsClient(http, connector);
        var users = Enumerable.Range(0, 500).Select(i => TeamsClient.User($"Reader {i}")).ToList();
        await LoadFigures.MeasureAsync(500, 16, i => HelpAsync(teams, users[i % users.Count]));
        output.WriteLine("ceiling: minimal ASP.NET Core endpoint answering 200 (same client, same activities)");
        foreach (var concurrency in Concurrencies)
        {
            var figures = await LoadFigures.MeasureAsync(Turns * 2, concurrency, i => HelpAsync(teams, users[i % users.Count]));
            var ratio = help.TryGetValue(concurrency, out var best) ? $"   help (best backend) = {best / figures.PerSecond:P1} of it" : "";
            output.WriteLine($"  200         {figures}{ratio}");
        }
    }

    private static async Task<bool> HelpAsync(TeamsClient teams, TeamsUser user)
    {
        var activity = teams.NewActivity("message", user, teams.Personal(user));
        activity.Text = "aide";
        using var response = await teams.PostAsync(activity);
        return response.IsSuccessStatusCode;
    }

    /// <summary>A team installs the bot and its facilitator publishes version 1; returns the team's name.</summary>
    private static async Task<string> CharterAsync(TeamsClient teams, string run)
    {
        var facilitator = TeamsClient.User($"Facilitator {run}");
        var team = "Bench " + run;
        var channel = teams.Channel("General", team);
        await teams.InstallAsync(channel, facilitator);
        var form = (await teams.SendAsync(facilitator, "rédiger la charte", channel)).Single();
        await teams.ClickAsync(facilitator, form, "Publier la version 1", new Dictionary<string, string>
        {
            ["objectives"] = "Relier les lieux ressources",
            ["sharedValues"] = "Coopération",
            ["workingProcedures"] = "Décider par consensus",
        });
        return team;
    }

    /// <summary>
    /// The charter card in <see cref="SigningChannels"/> channels of the team, each already used by one signature
    /// (a conversation's first turn attaches it to the alliance). Several channels: Teams limits the writes to one
    /// channel (each signature updates the clicked card), and a real mass signature spreads over the team's channels.
    /// </summary>
    private static async Task<IReadOnlyList<BotReply>> SigningChannelsAsync(TeamsClient teams, string team, string prefix)
    {
        var cards = new BotReply[SigningChannels];
        await LoadFigures.MeasureAsync(SigningChannels, 8, async i =>
        {
            var channel = teams.Channel($"{prefix}-{i}", team);
            var first = TeamsClient.User($"First signer {prefix} {i}");
            cards[i] = (await teams.SendAsync(first, "charte", channel)).In(channel).Single();
            return await SignAsync(teams, cards[i], first);
        });
        return cards;
    }

    private const int SigningChannels = 64;

    private static async Task<bool> SignAsync(TeamsClient teams, BotReply card, TeamsUser signer)
    {
        try
        {
            var replies = await teams.ClickAsync(signer, card, "Je signe", new Dictionary<string, string> { ["engagement"] = "supporter" });
            return replies.Status == 200;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
