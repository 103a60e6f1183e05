using System.ComponentModel;
using System.Diagnostics;

namespace Coretet.Bot.Tests.Support;

/// <summary>Runs the repository's node scripts (packaging, card validation) with the npm test tools.</summary>
public static class NodeScript
{
    /// <summary>A started <c>node</c> process with redirected streams; <c>CORETET_NODE_MODULES</c> is passed on.</summary>
    /// <remarks><paramref name="script"/> is relative to the repository root, or absolute.</remarks>
    public static Process Start(
        string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        start.ArgumentList.Add(RepositoryPaths.Path(script));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["CORETET_NODE_MODULES"] = RepositoryPaths.NodeModules;
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(key);
            else
                start.Environment[key] = value;
        }

        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("'node' is not on the PATH: install Node.js 20 or later to run these tests.", ex);
        }
    }

    public static async Task<NodeResult> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Start(script, arguments, environment);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within 2 minutes.");
        }

        return new NodeResult(process.ExitCode, await output, await error);
    }
}
