using System.Diagnostics;

namespace Coretet.Bot.Bench.Load;

/// <summary>Turns/s and latency percentiles of <c>count</c> requests run <c>concurrency</c> at a time.</summary>
public sealed record LoadFigures(int Count, int Concurrency, TimeSpan Elapsed, double P50Ms, double P99Ms, int Failures)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    public static async Task<LoadFigures> MeasureAsync(int count, int concurrency, Func<int, Task<bool>> request)
    {
        var latencies = new double[count];
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var one = Stopwatch.StartNew();
            if (!await request(i))
                Interlocked.Increment(ref failures);
            latencies[i] = one.Elapsed.TotalMilliseconds;
        });
        watch.Stop();
        Array.Sort(latencies);
        return new LoadFigures(count, concurrency, watch.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), failures);
    }

    public override string ToString() =>
        $"c={Concurrency,-4} {PerSecond,7:F0} turns/s   p50 {P50Ms,7:F1} ms   p99 {P99Ms,7:F1} ms   ({Count} turns{(Failures > 0 ? $", {Failures} FAILED" : "")})";

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
