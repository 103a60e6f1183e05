using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Coretet.Bot.Tests.Processes;

/// <summary>
/// One real bot process: <c>dotnet src/Coretet.Bot/bin/&lt;configuration&gt;/net10.0/Coretet.Bot.dll --urls
/// http://127.0.0.1:&lt;port&gt;</c> with the given environment (configuration keys as <c>Section__Key</c>). Keeps its
/// port across <see cref="Kill"/> and <see cref="StartAsync"/>, so a restarted instance answers at the same address.
/// Its console output is kept (<see cref="Output"/>) for failure messages and log checks.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly StringBuilder output = new();
    private readonly string workingDirectory;
    private Process? process;

    public BotProcess(string name, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        this.environment = environment;
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        workingDirectory = Path.Combine(Path.GetTempPath(), "coretet-processes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workingDirectory);
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>The running process (null before start and after a kill).</summary>
    public Process? Process => process;

    public bool IsRunning => process is { HasExited: false };

    /// <summary>Everything the process wrote to stdout and stderr so far (all its runs).</summary>
    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    /// <summary>The built host assembly, in the configuration these binaries were built with.</summary>
    public static string HostAssembly
    {
        get
        {
            var root = RepositoryRoot();
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            var path = Path.Combine(root, "src", "Coretet.Bot", "bin", configuration, "net10.0", "Coretet.Bot.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution first: {path} is missing.", path);
        }
    }

    /// <summary>Starts the process and waits until <c>/healthz</c> answers; returns the time that took.</summary>
    public async Task<TimeSpan> StartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
            throw new InvalidOperationException($"{Name} is already running.");
        var started = Stopwatch.StartNew();
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(HostAssembly);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{Port}");
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        var next = new Process { StartInfo = info };
        next.OutputDataReceived += (_, e) => Append(e.Data);
        next.ErrorDataReceived += (_, e) => Append(e.Data);
        next.Start();
        next.BeginOutputReadLine();
        next.BeginErrorReadLine();
        process = next;
        await WaitHealthyAsync(timeout ?? TimeSpan.FromSeconds(90));
        return started.Elapsed;
    }

    /// <summary>SIGKILL (<c>kill -9</c>): no shutdown, no flush; in-flight requests are lost.</summary>
    public void Kill()
    {
        if (process is null)
            return;
        if (!process.HasExited)
            process.Kill(entireProcessTree: false);
        process.WaitForExit();
        process.Dispose();
        process = null;
        Append($"---- {Name} killed (SIGKILL) ----");
    }

    /// <summary>Resident memory of the running process and its peak so far (Linux /proc; bytes).</summary>
    public (long Resident, long Peak) Memory()
    {
        var pid = process?.Id ?? throw new InvalidOperationException($"{Name} is not running.");
        long Read(string field)
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is null ? 0 : long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }

        return (Read("VmRSS"), Read("VmHWM"));
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill();
            await running.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
        try
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleanup.
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process is null || process.HasExited)
                throw new InvalidOperationException($"{Name} exited during start-up:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow start on a busy machine.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{Name} did not answer /healthz within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Coretet.Bot.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"Coretet.Bot.sln not found above {AppContext.BaseDirectory}.");
    }
}
