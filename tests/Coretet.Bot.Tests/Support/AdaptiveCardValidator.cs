using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// Validates Adaptive Card JSON with the official renderer (npm <c>adaptivecards</c>, 1.5 serialization context) through
/// tests/tools/validate-card.js. One node process serves every test of the run (one card per line), so validating
/// many cards costs milliseconds each. Usage: <c>await AdaptiveCardValidator.AssertValidAsync(cardJson)</c>.
/// </summary>
public static class AdaptiveCardValidator
{
    private const string Script = "tests/tools/validate-card.js";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<long, TaskCompletionSource<CardValidationResult>> Pending = new();
    private static readonly SemaphoreSlim WriteLock = new(1, 1);
    private static readonly Lazy<Process> Server = new(StartServer, LazyThreadSafetyMode.ExecutionAndPublication);
    private static long nextId;
    private static Lazy<Task<string>> StandardError = new(() => Task.FromResult(""));

    public static async Task<CardValidationResult> ValidateAsync(string cardJson) => (await ValidateAsync([cardJson]))[0];

    /// <summary>Sends every card before waiting for the first answer.</summary>
    public static async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(IEnumerable<string> cardsJson)
    {
        var server = Server.Value;
        var waits = new List<Task<CardValidationResult>>();
        await WriteLock.WaitAsync();
        try
        {
            foreach (var card in cardsJson)
            {
                var id = Interlocked.Increment(ref nextId);
                var answer = new TaskCompletionSource<CardValidationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                Pending[id] = answer;
                waits.Add(answer.Task);
                await server.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id, card }));
            }

            await server.StandardInput.FlushAsync();
        }
        finally
        {
            WriteLock.Release();
        }

        return await Task.WhenAll(waits).WaitAsync(Timeout);
    }

    public static Task AssertValidAsync(string cardJson) => AssertValidAsync([cardJson]);

    /// <summary>Fails the test with every error of every invalid card (and the card itself).</summary>
    public static async Task AssertValidAsync(IEnumerable<string> cardsJson)
    {
        var cards = cardsJson.ToList();
        Assert.NotEmpty(cards);
        var results = await ValidateAsync(cards);
        var failures = cards.Zip(results).Where(p => !p.Second.IsValid)
            .Select(p => $"Adaptive Card errors:\n{p.Second}\nin card:\n{p.First}").ToList();
        if (failures.Count > 0)
            Assert.Fail(string.Join("\n\n", failures));
    }

    private static Process StartServer()
    {
        var process = NodeScript.Start(Script, ["--serve"]);
        _ = Task.Run(() => ReadAnswersAsync(process));
        StandardError = new Lazy<Task<string>>(process.StandardError.ReadToEndAsync());
        _ = StandardError.Value;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
        return process;
    }

    private static async Task ReadAnswersAsync(Process process)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            using var answer = JsonDocument.Parse(line);
            var root = answer.RootElement;
            if (root.GetProperty("id").ValueKind == JsonValueKind.Number && Pending.TryRemove(root.GetProperty("id").GetInt64(), out var waiting))
                waiting.TrySetResult(new CardValidationResult(Events(root, "errors"), Events(root, "warnings")));
        }

        foreach (var id in Pending.Keys)
        {
            if (Pending.TryRemove(id, out var waiting))
                waiting.TrySetException(new InvalidOperationException($"{Script} exited before answering (node said: {await StandardError.Value})"));
        }
    }

    private static List<JsonElement> Events(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.Clone()).ToList();

    private static void Stop(Process process)
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(2000))
                process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
