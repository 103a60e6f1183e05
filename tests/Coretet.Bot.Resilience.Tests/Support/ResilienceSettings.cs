using System.Globalization;

namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>
/// The suite's knobs. <c>CORETET_TEST_TABLES</c> (exported by scripts/test.sh): the Azurite connection string, required.
/// <c>CORETET_AZURITE_PID</c>: Azurite's process id, for the pause scenario. <c>CORETET_RESILIENCE_ALLIES</c>: allies
/// per scenario (default <see cref="DefaultAllies"/>, chosen to keep the suite near a minute on 2 cores; the issue's
/// 1,000 runs in the bench or with <c>CORETET_RESILIENCE_ALLIES=1000</c>).
/// </summary>
public static class ResilienceSettings
{
    public const int DefaultAllies = 100;

    public static string Tables => Environment.GetEnvironmentVariable("CORETET_TEST_TABLES") is { Length: > 0 } tables
        ? tables
        : throw new InvalidOperationException("CORETET_TEST_TABLES is not set: run the suite through scripts/test.sh (it starts Azurite).");

    public static int AzuritePid => int.TryParse(Environment.GetEnvironmentVariable("CORETET_AZURITE_PID"), CultureInfo.InvariantCulture, out var pid)
        ? pid
        : throw new InvalidOperationException("CORETET_AZURITE_PID is not set: run the suite through scripts/test.sh (it starts Azurite).");

    public static int Allies => int.TryParse(Environment.GetEnvironmentVariable("CORETET_RESILIENCE_ALLIES"), CultureInfo.InvariantCulture, out var n) && n > 0
        ? n
        : DefaultAllies;

    /// <summary>Requests in flight at once from the suite's client.</summary>
    public const int Concurrency = 16;
}
