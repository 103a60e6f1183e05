using Coretet.Bot.Dialogs.Chantiers;
using static Coretet.Bot.Dialogs.Tests.Chantiers.ChantierWorld;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

public class ChantierDirectoryTests
{
    [Fact]
    public async Task Directory_SummarisesAnimatorsParticipantsAndLink_AndHidesClosedUnlessAsked()
    {
        var world = new ChantierWorld();
        await world.Open("Jardins");
        await world.Open("Vallée");
        await world.On(1, "chantier.join", Bob);
        await world.On(1, "chantier.link", Alice);
        await world.On(2, "chantier.close", Alice, extra: new() { ["statement"] = "Fait." });
        var directory = new ChantierDirectory(world.Chantiers, world.Members);
        var alliance = world.Alliance.Alliance.Id;

        var open = await directory.ListAsync(alliance, includeClosed: false, default);
        var all = await directory.ListAsync(alliance, includeClosed: true, default);
        var one = await directory.FindAsync(alliance, "1", default);

        Assert.Equal(["1"], open.Select(s => s.Id));
        Assert.Equal(["1", "2"], all.Select(s => s.Id));
        Assert.Equal([Alice.Key], one!.Animators);
        Assert.Equal([Bob.Key], one.Participants);
        Assert.True(one.IsMember(Bob.Key));
        Assert.NotNull(one.LinkedConversation);
        Assert.Null(await directory.FindAsync(alliance, "x", default));
        Assert.Null(await directory.FindAsync(alliance, "9", default));
    }
}
