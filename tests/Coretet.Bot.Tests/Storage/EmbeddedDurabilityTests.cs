using System.Diagnostics;
using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

/// <summary>kill -9 in the middle of writes: every completed write survives, no transaction is half applied.</summary>
public sealed class EmbeddedDurabilityTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "coretet-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KillDuringWrites_KeepsEveryCompletedWriteAndNoHalfTransaction()
    {
        var completed = await RunWriterAndKillAsync(rounds: 25);

        using var service = new EmbeddedTableServiceClient(folder);
        var table = service.GetTableClient("Crash");
        var rows = await table.QueryAsync().ToListAsync();
        var partitions = rows.Where(e => e.PartitionKey.StartsWith("tx", StringComparison.Ordinal)).GroupBy(e => e.PartitionKey).ToList();
        var singles = rows.Where(e => e.PartitionKey == "single").Select(e => e.GetInt32("I")).ToHashSet();

        Assert.True(completed >= 25);
        Assert.All(partitions, p => Assert.Equal(10, p.Count()));
        Assert.All(Enumerable.Range(0, completed), i => Assert.Contains(i, singles));
        Assert.True(partitions.Count >= completed);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    /// <summary>Starts the writer, waits for <paramref name="rounds"/> completed rounds, kills it (SIGKILL) mid-stream;
    /// returns how many rounds it reported complete.</summary>
    private async Task<int> RunWriterAndKillAsync(int rounds)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Coretet.Bot.Tests.CrashWriter.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var completed = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (completed < rounds && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("done ", StringComparison.Ordinal))
                completed++;
        }
        process.Kill(entireProcessTree: true);
        // Lines written before the kill landed were completed writes too.
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("done ", StringComparison.Ordinal))
                completed++;
        }
        await process.WaitForExitAsync(timeout.Token);
        return completed;
    }
}
