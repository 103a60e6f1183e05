namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Counts of one fan-out (logs and tests); safe to update from parallel sends.</summary>
public sealed class PromptRunSummary
{
    public static PromptRunSummary Empty => new();

    private readonly int[] counts = new int[Enum.GetValues<PromptStatus>().Length];

    public int this[PromptStatus status] => Volatile.Read(ref counts[(int)status]);

    public void Count(PromptStatus status) => Interlocked.Increment(ref counts[(int)status]);

    public override string ToString() =>
        string.Join(", ", Enum.GetValues<PromptStatus>().Where(s => this[s] > 0).Select(s => $"{s}={this[s]}"));
}
