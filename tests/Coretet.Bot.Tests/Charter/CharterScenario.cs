using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Charter;

/// <summary>The common steps of the charter scenarios, played over HTTP as Teams would.</summary>
public sealed class CharterScenario(BotHost bot, CharterWords words, string team = "Transition")
{
    public static readonly Dictionary<string, string> V1 = new()
    {
        ["objectives"] = "Relier les lieux ressources\nCapitaliser l'expérience",
        ["sharedValues"] = "Ouverture\nCoopération",
        ["workingProcedures"] = "Décider par consensus",
    };

    public TeamsUser Alice { get; } = TeamsClient.User("Alice", words.Locale);

    public TeamsUser Bob { get; } = TeamsClient.User("Bob", words.Locale);

    public TeamsConversation General { get; } = bot.Teams.Channel("General", team);

    public CharterWords Words => words;

    public TeamsClient Teams => bot.Teams;

    public Task<BotReplies> InstallAsync() => bot.Teams.InstallAsync(General, Alice);

    public async Task<BotReplies> PublishAsync(IReadOnlyDictionary<string, string> parts, string button)
    {
        var form = (await bot.Teams.SendAsync(Alice, words.Draft, General)).Single();
        return await bot.Teams.ClickAsync(Alice, form, button, parts);
    }

    public async Task<BotReply> CharterCardAsync(TeamsUser reader) =>
        (await bot.Teams.SendAsync(reader, words.Charter, General)).Single();

    public async Task<BotReplies> SignAsync(TeamsUser who, string engagement = "supporter")
    {
        var card = await CharterCardAsync(who);
        return await bot.Teams.ClickAsync(who, card, words.Sign, new Dictionary<string, string> { ["engagement"] = engagement });
    }

    /// <summary>Installed by Alice in General, v1 published through the form card.</summary>
    public async Task WithCharterAsync()
    {
        await InstallAsync();
        await PublishAsync(V1, words.Publish1);
    }
}
