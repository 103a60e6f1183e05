using System.Globalization;

namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>
/// The suite's knobs. <c>CORETET_TEST_TABLES</c> (exported by scripts/test.sh): the Azurite connection string, required.
/// <c>CORETET_AZURITE_PID</c>: Azurite's process id, for the pause scenario. <c>CORETET_RESILIENCE_ROUND_ALLIES</c>:
/// allies of the two consensus-round scenarios (default <see cref="DefaultRoundAllies"/>, the figure: about
/// 1.5 minutes each on 2 cores). <c>CORETET_RESILIENCE_ALLIES</c>: users of the other scenarios (default
/// <see cref="DefaultAllies"/>, which keeps each of them under half a minute).
/// </summary>
public static class ResilienceSettings
{
    public const int DefaultAllies = 100;

    public const int DefaultRoundAllies = 1000;

    public static string Tables => Environment.GetEnvironmentVariable("CORETET_TEST_TABLES") is { Length: > 0 } tables
        ? tables
        : throw new InvalidOperationException("CORETET_TEST_TABLES is not set: run the suite through scripts/test.sh (it starts Azurite).");

    public static int AzuritePid => int.TryParse(Environment.GetEnvironmentVariable("CORETET_AZURITE_PID"), CultureInfo.InvariantCulture, out var pid)
        ? pid
        : throw new InvalidOperationException("CORETET_AZURITE_PID is not set: run the suite through scripts/test.sh (it starts Azurite).");

    public static int Allies => Count("CORETET_RESILIENCE_ALLIES", DefaultAllies);

    public static int RoundAllies => Count("CORETET_RESILIENCE_ROUND_ALLIES", DefaultRoundAllies);

    private static int Count(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    /// <summary>Requests in flight at once from the suite's client.</summary>
    public const int Concurrency = 16;
}
