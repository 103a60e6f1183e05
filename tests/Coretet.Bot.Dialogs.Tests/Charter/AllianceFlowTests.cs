using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Charter.CharterWorld;

namespace Coretet.Bot.Dialogs.Tests.Charter;

public class AllianceFlowTests
{
    [Theory]
    [InlineData(Language.French, "première animatrice")]
    [InlineData(Language.English, "first facilitator")]
    public async Task Install_FirstInTeam_CreatesAllianceWithInstallerAsFacilitator(Language language, string expected)
    {
        var world = new CharterWorld();

        var result = await world.Install(language: language);

        var alliance = (await world.Alliances.FindAsync(world.AllianceId, default))!;
        Assert.True(alliance.IsFacilitator(Alice.Key));
        Assert.Equal("Transition", alliance.Name);
        Assert.Equal(language, alliance.DefaultLanguage);
        Assert.Equal(General.Key, Assert.Single(alliance.Conversations).Key);
        var texts = result.Replies.Select(r => r.View).OfType<CardView>().SelectMany(AllText).ToList();
        Assert.Contains(texts, t => t.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("ajoutez-moi", StringComparison.OrdinalIgnoreCase) || t.Contains("add me", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(JournalKinds.AllianceCreated, Assert.Single(world.Journal.Entries).Kind);
    }

    [Fact]
    public async Task Install_AgainInSameTeam_CreatesNothingNew()
    {
        var world = new CharterWorld();
        await world.Install();
        var id = world.AllianceId;

        var again = await world.Install(by: Bob, where: OtherChannel);

        Assert.Equal("welcome", Assert.IsType<CardView>(Assert.Single(again.Replies).View).Key);
        Assert.Equal(id, world.AllianceId);
        var alliance = (await world.Alliances.FindAsync(id, default))!;
        Assert.False(alliance.IsFacilitator(Bob.Key));
        Assert.Single(world.Journal.Entries);
    }

    [Theory]
    [InlineData(Language.French, "Ajoutez-moi à une équipe ou à une conversation de groupe")]
    [InlineData(Language.English, "Add me to a team or a group chat")]
    public async Task Install_InPersonalChat_CreatesNoAllianceAndSaysHowToJoinOne(Language language, string expected)
    {
        var world = new CharterWorld();

        var result = await world.Install(where: Personal(Alice), language: language);

        var welcome = Assert.IsType<CardView>(Assert.Single(result.Replies).View);
        Assert.Equal("welcome", welcome.Key);
        Assert.Contains(AllText(welcome), t => t.Contains(expected, StringComparison.Ordinal));
        Assert.Null(await world.Alliances.FindIdByAddressAsync(AllianceAddresses.Person(Alice), default));
    }

    [Theory]
    [InlineData(Language.French, "aucune alliance")]
    [InlineData(Language.English, "isn't part of an alliance")]
    public async Task Charter_InConversationWithoutAlliance_ExplainsHowToStart(Language language, string expected)
    {
        var world = new CharterWorld();

        var result = await world.Say("charte", where: OtherTeam, language: language);

        Assert.Contains(expected, Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkCode_InChannel_IsSentPrivatelyAndAttachesAnotherPlatformOnce()
    {
        var world = new CharterWorld();
        await world.Install();

        var issued = await world.Say("code de liaison");
        var direct = Assert.Single(issued.Replies, r => r.Target is DirectTarget);
        Assert.Equal(Alice, ((DirectTarget)direct.Target).User);
        var code = ((MessageView)direct.View).Text.Split("**")[1];

        var linked = await world.Say($"link {code.ToLowerInvariant()}", from: Sam, where: SlackChannel, language: Language.English);
        var reused = await world.Say($"lier {code}", from: Bob, where: OtherTeam);

        Assert.Contains("now part of the alliance", Text(linked), StringComparison.Ordinal);
        Assert.Contains("déjà servi", Text(reused), StringComparison.Ordinal);
        Assert.Equal(world.AllianceId, await world.Gate.FindAllianceIdAsync(new Turn(TurnKind.Message, Sam, SlackChannel, Language.English), default));
        var alliance = (await world.Alliances.FindAsync(world.AllianceId, default))!;
        Assert.Contains(alliance.Conversations, c => c.Key == SlackChannel.Key);
        Assert.Contains(world.Journal.Entries, e => e.Kind == JournalKinds.ConversationLinked && e.ActorId == Sam.Key);
    }

    [Fact]
    public async Task Link_ExpiredCode_IsRefusedAndAttachesNothing()
    {
        var world = new CharterWorld();
        await world.Install();
        var code = Text(await world.Say("code de liaison", where: Personal(Alice))).Split("**")[1];
        world.Clock.Now += LinkCode.Lifetime;

        var result = await world.Say($"lier {code}", from: Bob, where: OtherTeam);

        Assert.Contains("expiré", Text(result), StringComparison.Ordinal);
        Assert.Null(await world.Alliances.FindIdByAddressAsync(AllianceAddresses.Attach(OtherTeam), default));
    }

    [Theory]
    [InlineData("lier", "lier ‹code›")]
    [InlineData("lier 0000-1111", "lier ‹code›")]
    [InlineData("lier ABCDE-FGHJK", "inconnu")]
    public async Task Link_BadOrUnknownCode_ExplainsWhatToDo(string text, string expected)
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Say(text, from: Bob, where: OtherTeam);

        Assert.Contains(expected, Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_InConversationAlreadyAttached_SaysSo()
    {
        var world = new CharterWorld();
        await world.Install();
        var code = Text(await world.Say("link code", where: Personal(Alice), language: Language.English)).Split("**")[1];

        var result = await world.Say($"link {code}", where: OtherChannel, language: Language.English);

        Assert.Contains("already part of the alliance", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkCode_ByNonFacilitator_IsRefused()
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Say("link code", from: Bob, language: Language.English);

        Assert.Contains("only the facilitation team", Text(result), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Replies, r => r.Target is DirectTarget);
    }

    [Fact]
    public async Task AddFacilitator_ByMention_NamesThemAndJournals()
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Say("ajouter animation Bob", mentions: [Bob]);

        Assert.Contains("Bob", Text(result), StringComparison.Ordinal);
        Assert.True((await world.Alliances.FindAsync(world.AllianceId, default))!.IsFacilitator(Bob.Key));
        Assert.Contains(world.Journal.Entries, e => e.Kind == JournalKinds.FacilitatorNamed && e.SubjectId == Bob.Key);
        Assert.Contains("Bob", AllText(Card(await world.Say("animation", from: Chloe))));
    }

    [Fact]
    public async Task AddFacilitator_ByNonFacilitator_ChangesNothing()
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Say("add facilitator Bob", from: Bob, mentions: [Bob], language: Language.English);

        Assert.Contains("only the facilitation team", Text(result), StringComparison.Ordinal);
        Assert.False((await world.Alliances.FindAsync(world.AllianceId, default))!.IsFacilitator(Bob.Key));
    }

    [Fact]
    public async Task RemoveFacilitator_TheLastOne_IsRefused()
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Say("retirer animation Alice", mentions: [Alice]);

        Assert.Contains("ne peut pas rester vide", Text(result), StringComparison.Ordinal);
        Assert.True((await world.Alliances.FindAsync(world.AllianceId, default))!.IsFacilitator(Alice.Key));
    }

    [Fact]
    public async Task Settings_Valid_AreSavedAndJournaled()
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Click(CharterVerbs.SaveSettings, new() { ["name"] = " Territoires ", ["timeZone"] = "America/Montreal", ["language"] = "en" });

        var alliance = (await world.Alliances.FindAsync(world.AllianceId, default))!;
        Assert.Equal(("Territoires", "America/Montreal", Language.English), (alliance.Name, alliance.TimeZone, alliance.DefaultLanguage));
        Assert.Contains("Réglages enregistrés", Text(result), StringComparison.Ordinal);
        Assert.Contains(world.Journal.Entries, e => e.Kind == JournalKinds.AllianceSettingsChanged);
    }

    [Theory]
    [InlineData("Mars/Olympus", "n'est pas un fuseau horaire IANA")]
    [InlineData("Romance Standard Time", "n'est pas un fuseau horaire IANA")]
    [InlineData("", "Europe/Paris")]
    public async Task Settings_TimeZone_IsValidatedAsIana(string zone, string expected)
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Click(CharterVerbs.SaveSettings, new() { ["name"] = "Transition 2", ["timeZone"] = zone, ["language"] = "fr" });

        Assert.Contains(expected, Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_ByNonFacilitatorWithForgedRole_ChangesNothing()
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Click(CharterVerbs.SaveSettings, new() { ["name"] = "Pirates", ["role"] = "facilitator", ["from"] = Alice.Key }, from: Bob);

        Assert.Contains("seule l'équipe d'animation", Text(result), StringComparison.Ordinal);
        Assert.Equal("Transition", (await world.Alliances.FindAsync(world.AllianceId, default))!.Name);
    }
}
