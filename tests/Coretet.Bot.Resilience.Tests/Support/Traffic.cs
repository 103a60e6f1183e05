using System.Collections.Concurrent;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>Many allies at once through the round robin; every answer kept, in user order.</summary>
public static class Traffic
{
    /// <summary>
    /// Each of <paramref name="users"/> runs <paramref name="turn"/> once, <paramref name="concurrency"/> at a time
    /// (default <see cref="ResilienceSettings.Concurrency"/>); <paramref name="afterEach"/> sees the number of users done so far (to trigger a fault halfway).
    /// </summary>
    public static async Task<IReadOnlyList<T>> RunAsync<T>(IReadOnlyList<TeamsUser> users, Func<TeamsUser, Task<T>> turn, Action<int>? afterEach = null, int concurrency = ResilienceSettings.Concurrency)
    {
        var results = new ConcurrentDictionary<int, T>();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, users.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            results[i] = await turn(users[i]);
            afterEach?.Invoke(Interlocked.Increment(ref done));
        });
        return [.. Enumerable.Range(0, users.Count).Select(i => results[i])];
    }

    /// <summary>Tries until acknowledged (a user retrying after no answer), at most <paramref name="attempts"/> times; every attempt kept.</summary>
    public static async Task<IReadOnlyList<Answer>> UntilAcknowledgedAsync(Func<Task<Answer>> attempt, int attempts = 6)
    {
        var answers = new List<Answer>();
        for (var i = 0; i < attempts; i++)
        {
            var answer = await attempt();
            answers.Add(answer);
            if (answer.Acknowledged)
                break;
        }

        return answers;
    }
}
