using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// Holds cards to the official Adaptive Cards renderer (npm <c>adaptivecards</c>, installed by the test command):
/// <c>await OfficialCardRenderer.AssertValidAsync(reply.Card);</c> fails on unknown elements, bad properties, etc.
/// </summary>
public static class OfficialCardRenderer
{
    public static async Task AssertValidAsync(params JsonNode?[] cards)
    {
        var messages = await ValidateAsync(cards);
        for (var i = 0; i < messages.Count; i++)
            Assert.True(messages[i].Count == 0, $"Card {i}: {string.Join("; ", messages[i])}\n{cards[i]}");
    }

    /// <summary>Per card, the renderer's parse and validation messages (empty = valid).</summary>
    public static async Task<List<List<string>>> ValidateAsync(params JsonNode?[] cards)
    {
        var input = Path.GetTempFileName();
        await File.WriteAllTextAsync(input, new JsonArray([.. cards.Select(c => c?.DeepClone())]).ToJsonString());
        try
        {
            var script = Path.Combine(AppContext.BaseDirectory, "Support", "validate-card.js");
            using var node = Process.Start(new ProcessStartInfo("node", [script, NodeModules(), input]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0, await error);
            return JsonSerializer.Deserialize<List<List<string>>>(await output)!;
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The repository's node_modules (installed by the test command), or CORETET_NODE_MODULES.</summary>
    private static string NodeModules()
    {
        if (Environment.GetEnvironmentVariable("CORETET_NODE_MODULES") is { Length: > 0 } configured)
            return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "node_modules", "adaptivecards")))
                return Path.Combine(dir.FullName, "node_modules");
        }

        throw new InvalidOperationException("node_modules with adaptivecards not found: run npm ci (the test command does).");
    }
}
