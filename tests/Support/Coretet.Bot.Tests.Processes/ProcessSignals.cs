using System.Diagnostics;
using System.Globalization;

namespace Coretet.Bot.Tests.Processes;

/// <summary>SIGSTOP / SIGCONT of a process by id (the <c>kill</c> command): a paused process keeps its memory.</summary>
public static class ProcessSignals
{
    public static void Pause(int pid) => Signal("-STOP", pid);

    public static void Resume(int pid) => Signal("-CONT", pid);

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [signal, pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not run kill.");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill {signal} {pid} exited with {kill.ExitCode}.");
    }
}
