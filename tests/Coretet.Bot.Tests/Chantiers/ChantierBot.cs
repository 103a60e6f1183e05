using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>
/// The real host over HTTP: the bot installed in a Teams channel by a facilitator who published the charter; test
/// allies sign it before acting (over HTTP, or through the charter service when there are many).
/// </summary>
internal sealed class ChantierBot : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Charter = new()
    {
        ["objectives"] = "Relier les lieux ressources",
        ["sharedValues"] = "Coopération",
        ["workingProcedures"] = "Décider par consensus",
    };

    private readonly TeamsUser facilitator = TeamsClient.User("Fanny");

    private ChantierBot(BotHost host)
    {
        Host = host;
        Channel = host.Teams.Channel("Général", team: "Coretet");
    }

    public BotHost Host { get; }

    public TeamsClient Teams => Host.Teams;

    public TeamsConversation Channel { get; }

    public static async Task<ChantierBot> StartAsync(Action<BotHostOptions>? configure = null)
    {
        var bot = new ChantierBot(await BotHost.StartAsync(configure));
        await bot.Teams.InstallAsync(bot.Channel, bot.facilitator);
        var form = (await bot.Teams.SendAsync(bot.facilitator, "rédiger la charte", bot.Channel)).Single();
        await bot.Teams.ClickAsync(bot.facilitator, form, "Publier la version 1", Charter);
        return bot;
    }

    /// <summary>Each user reads the charter in the channel and presses "Je signe" / "I sign".</summary>
    public async Task SignAsync(params TeamsUser[] users)
    {
        foreach (var user in users)
        {
            var card = (await SayAsync(user, IsEnglish(user) ? "charter" : "charte")).Single();
            await Teams.ClickAsync(user, card, IsEnglish(user) ? "I sign" : "Je signe");
        }
    }

    /// <summary>Many allies at once, through the charter's own service (one chat message each would hit the Teams rate limits).</summary>
    public async Task SignManyAsync(IEnumerable<TeamsUser> users)
    {
        var charter = Host.Get<CharterService>();
        var allianceId = await AllianceIdAsync();
        await Task.WhenAll(users.Select(u => charter.SignAsync(
            allianceId, new UserRef("msteams", u.Id, u.Name) { AadObjectId = u.AadObjectId }, Languages.FromLocale(u.Locale), u.TimeZone, null, null, default)));
    }

    /// <summary>The alliance's chantier events, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> JournalAsync()
    {
        var latest = await Host.Get<IJournal>().ReadLatestAsync(await AllianceIdAsync(), 1000, default);
        return [.. latest.Where(e => e.ChantierId is not null).Reverse()];
    }

    public Task<BotReplies> SayAsync(TeamsUser user, string text, params TeamsUser[] mentioning) =>
        Teams.SendAsync(user, text, Channel, mentioning);

    /// <summary>Opens a chantier through the form and returns what the bot did (the form is updated in place).</summary>
    public async Task<BotReplies> SubmitFormAsync(TeamsUser user, IReadOnlyDictionary<string, string> inputs)
    {
        var form = (await SayAsync(user, IsEnglish(user) ? "new chantier" : "nouveau chantier")).Single();
        return await Teams.ClickAsync(user, form, IsEnglish(user) ? "Open the chantier" : "Ouvrir le chantier", inputs);
    }

    public static TeamsUser Person(string name, string locale) => TeamsClient.User(name, locale);

    /// <summary>The opening form's inputs for a thematic chantier.</summary>
    public static Dictionary<string, string> Form(string title, string purpose = "Cultiver ensemble", string date = "") =>
        new() { ["title"] = title, ["kind"] = "thematic", ["purpose"] = purpose, ["date"] = date };

    public static bool IsEnglish(TeamsUser user) => Languages.FromLocale(user.Locale) == Language.English;

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private async Task<string> AllianceIdAsync()
    {
        var where = new ConversationRef("msteams", Channel.Id, ConversationKind.Channel) { SpaceId = Channel.TeamId, TenantId = Teams.TenantId };
        var turn = new Turn(TurnKind.Message, new UserRef("msteams", facilitator.Id, facilitator.Name), where, Language.French);
        return (await Host.Get<IAllianceGate>().ResolveAsync(turn, default)).Alliance.Id;
    }
}
