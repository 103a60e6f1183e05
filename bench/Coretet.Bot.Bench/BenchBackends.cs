namespace Coretet.Bot.Bench;

/// <summary>What every benchmark does to run on both backends: a throw-away embedded folder, then Azurite/Azure
/// when <c>CORETET_BENCH_TABLES</c> (or <c>CORETET_TEST_TABLES</c>) holds a connection string.</summary>
internal static class BenchBackends
{
    /// <summary>Runs <paramref name="run"/> with a fresh temporary folder, deleted afterwards.</summary>
    public static async Task InTempFolderAsync(string name, Func<string, Task> run)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"coretet-bench-{name}-{Guid.NewGuid():N}");
        try
        {
            await run(folder);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The Azure connection string to measure, or null after saying why Azure is not measured.</summary>
    public static string? AzureConnection(TextWriter output)
    {
        var connection = Environment.GetEnvironmentVariable("CORETET_BENCH_TABLES") ?? Environment.GetEnvironmentVariable("CORETET_TEST_TABLES");
        if (string.IsNullOrEmpty(connection))
            output.WriteLine("azure: not measured (set CORETET_BENCH_TABLES to a connection string; scripts/bench.sh starts Azurite for it)");
        return string.IsNullOrEmpty(connection) ? null : connection;
    }
}
