using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Memory;

/// <summary>Asks for an export in chat and downloads it through the private link sent to the requester.</summary>
internal static class ExportDownloads
{
    public static async Task<byte[]> ExportAsync(BotHost bot, TeamsUser who, string command)
    {
        var link = await LinkAsync(bot, who, command);
        using var browser = FileLinkTests.Browser(bot);
        using var response = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The download link the bot sent <paramref name="who"/> privately (in their 1:1 chat) after <paramref name="command"/>, written in their 1:1 chat unless <paramref name="where"/> says otherwise.</summary>
    public static async Task<string> LinkAsync(BotHost bot, TeamsUser who, string command, TeamsConversation? where = null)
    {
        var before = bot.Connector.LastSequence;
        await bot.Teams.SendAsync(who, command, where);
        var direct = bot.Connector.CallsSince(before).Last(c => c.ConversationId == bot.Teams.Personal(who).Id && c.Activity?.Text?.Contains("/api/files/", StringComparison.Ordinal) == true);
        return FileLinkTests.LinkIn(direct.Activity!.Text);
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>Data rows per CSV file of the zip, by path (header excluded; quoted line breaks respected).</summary>
    public static Dictionary<string, int> CsvRows(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return Records(reader.ReadToEnd()) - 1;
        });
    }

    public static JsonArray JsonEntries(byte[] json) => (JsonNode.Parse(json)!["entries"] as JsonArray)!;

    private static int Records(string csv)
    {
        var records = 0;
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"')
                quoted = !quoted;
            else if (!quoted && csv[i] == '\n')
                records++;
        }

        return records;
    }
}
