using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Charter;

/// <summary>Installing in a team's channel names the alliance after the team (Teams omits the General channel's name).</summary>
public class AllianceNamingTests
{
    [Fact]
    public async Task InstallInTeamChannel_NamesTheAllianceAfterTheTeam()
    {
        await using var bot = await BotHost.StartAsync();
        var alice = TeamsClient.User("Alice");

        var created = await bot.Teams.InstallAsync(bot.Teams.Channel("Général", team: "Collectif Transition"), alice);

        Assert.Contains("« Collectif Transition »", created.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallInGroupChat_NamesTheAllianceAfterTheChat()
    {
        await using var bot = await BotHost.StartAsync();
        var alice = TeamsClient.User("Alice", "en-US");

        var created = await bot.Teams.AddBotAsync(bot.Teams.GroupChat("Projet jardins"), alice);

        Assert.Contains("\"Projet jardins\"", created.Text, StringComparison.Ordinal);
    }
}
