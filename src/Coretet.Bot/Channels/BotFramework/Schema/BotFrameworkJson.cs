using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coretet.Bot.Channels.BotFramework.Schema;

/// <summary>Wire JSON settings (fact sheet §1.1): camelCase, case-insensitive reads, nulls omitted.</summary>
public static class BotFrameworkJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
