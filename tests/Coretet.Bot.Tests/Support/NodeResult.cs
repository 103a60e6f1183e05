namespace Coretet.Bot.Tests.Support;

/// <summary>How a node script ended: exit code and what it printed.</summary>
public sealed record NodeResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
