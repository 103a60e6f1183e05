using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

/// <summary>manifest/commands.json: the commands of Teams' command menu.</summary>
public static class CommandsJson
{
    public static List<JsonObject> Entries() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.Path("manifest", "commands.json")))!["commands"]!.AsArray().Select(c => c!.AsObject()).ToList();

    /// <summary>Every title in <paramref name="language"/> (<c>fr</c> or <c>en</c>), pending ones included.</summary>
    public static List<string> Titles(string language) => Entries().Select(c => (string)c[language]!["title"]!).ToList();
}
