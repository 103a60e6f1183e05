using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Charter.CharterWorld;

namespace Coretet.Bot.Dialogs.Tests.Charter;

public class CharterFlowTests
{
    [Fact]
    public async Task Draft_ByFacilitator_ShowsFormPrefilledWithCurrentVersion()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();

        var card = Card(await world.Say("rédiger la charte"));

        var objectives = Assert.IsType<TextInput>(card.Body.OfType<TextInput>().First(i => i.Id == CharterVerbs.ObjectivesKey));
        Assert.True(objectives.Multiline);
        Assert.Equal("Relier les lieux ressources\nCapitaliser l'expérience", objectives.Value);
        Assert.Equal(CharterVerbs.Publish, Assert.Single(card.Buttons).Verb);
        Assert.Contains("2", card.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ByFacilitator_CreatesVersionOneFromLinesAndJournals()
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Click(CharterVerbs.Publish, V1);

        var version = (await world.Charters.FindCurrentAsync(world.AllianceId, default))!;
        Assert.Equal(1, version.Number);
        Assert.Equal(["Relier les lieux ressources", "Capitaliser l'expérience"], version.Objectives);
        Assert.Equal(["Ouverture", "Coopération"], version.SharedValues);
        Assert.Equal(Alice.Key, version.PublishedBy);
        Assert.Contains("version 1", Text(result), StringComparison.Ordinal);
        var entry = Assert.Single(world.Journal.Entries, e => e.Kind == JournalKinds.CharterPublished);
        Assert.Equal((Alice.Key, "charter:1"), (entry.ActorId, entry.SubjectId));
    }

    [Theory]
    [InlineData(Language.French, "seule l'équipe d'animation")]
    [InlineData(Language.English, "only the facilitation team")]
    public async Task Publish_ByNonFacilitator_IsPolitelyRefusedAndNothingChanges(Language language, string expected)
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        var forged = new Dictionary<string, string>(V1) { [CharterVerbs.ObjectivesKey] = "Autre chose", ["role"] = "facilitator", ["userId"] = Alice.Id, ["from"] = Alice.Key };

        var result = await world.Click(CharterVerbs.Publish, forged, from: Bob, language: language);

        Assert.Contains(expected, Text(result), StringComparison.Ordinal);
        Assert.Equal(1, (await world.Charters.FindCurrentAsync(world.AllianceId, default))!.Number);
        Assert.Single(world.Journal.Entries, e => e.Kind == JournalKinds.CharterPublished);
    }

    [Theory]
    [InlineData("", "x", "y", "« Objectifs » est vide")]
    [InlineData("x", "\n \n", "y", "« Valeurs partagées » est vide")]
    [InlineData("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\no\np", "x", "y", "16 éléments")]
    public async Task Publish_InvalidDraft_SaysWhichPartAndWhy(string objectives, string values, string procedures, string expected)
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Click(CharterVerbs.Publish, new() { ["objectives"] = objectives, ["sharedValues"] = values, ["workingProcedures"] = procedures });

        Assert.Contains(expected, Text(result), StringComparison.Ordinal);
        Assert.Null(await world.Charters.FindCurrentAsync(world.AllianceId, default));
    }

    [Fact]
    public async Task Publish_SameTextAgain_IsRefused()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();

        var result = await world.Click(CharterVerbs.Publish, V1, language: Language.English);

        Assert.Contains("same as version 1", Text(result), StringComparison.Ordinal);
        Assert.Null(await world.Charters.FindAsync(world.AllianceId, 2, default));
    }

    [Theory]
    [InlineData(Language.French, "Je signe", "Objectifs")]
    [InlineData(Language.English, "I sign", "Objectives")]
    public async Task Charter_ReaderWhoHasNotSigned_SeesThePartsAndTheSignButton(Language language, string button, string heading)
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();

        var card = Card(await world.Say(language == Language.English ? "charter" : "charte", from: Bob, language: language));

        Assert.Contains(card.Buttons, b => b.Label == button && b.Verb == CharterVerbs.Sign && b.Data[CharterVerbs.VersionKey] == "1");
        Assert.Contains(card.Body.OfType<CardList>(), l => l.Heading == heading && l.Items.Contains("Capitaliser l'expérience"));
        Assert.Contains(card.Body.OfType<ChoiceInput>(), c => c.Id == CharterVerbs.EngagementKey);
    }

    [Fact]
    public async Task Charter_BeforeAnyVersion_SaysNotPublishedYet()
    {
        var world = new CharterWorld();
        await world.Install();

        var result = await world.Say("charter", from: Bob, language: Language.English);

        Assert.Contains("hasn't been published yet", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_RecordsAllyVersionEngagementOrganisationAndJournals()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();

        var result = await world.Sign(Bob, engagement: "engaged", organisation: "  Tiers-lieu du Port ");

        var ally = (await world.AllyAsync(Bob))!;
        Assert.Equal((1, Engagement.Engaged, "Tiers-lieu du Port", AllyStatus.Signed), (ally.SignedVersion, ally.Engagement, ally.Organisation, ally.Status));
        Assert.Equal(world.Clock.Now, ally.SignedAt);
        Assert.Equal("msteams", ally.User.Platform);
        Assert.Contains("Merci Bob", Text(result), StringComparison.Ordinal);
        var entry = Assert.Single(world.Journal.Entries, e => e.Kind == JournalKinds.CharterSigned);
        Assert.Equal((Bob.Key, "Engaged", "1"), (entry.ActorId, entry.Data["engagement"], entry.Data["version"]));
        Assert.DoesNotContain(Card(await world.Say("charte", from: Bob)).Buttons, b => b.Verb == CharterVerbs.Sign);
    }

    [Theory]
    [InlineData(Language.French, "déjà signé")]
    [InlineData(Language.English, "already signed")]
    public async Task Sign_Twice_SaysAlreadySignedWithoutDuplicate(Language language, string expected)
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob, language: language);
        var writes = world.Allies.Writes;

        var again = await world.Sign(Bob, language: language);

        Assert.Contains(expected, Text(again), StringComparison.Ordinal);
        Assert.Equal(writes, world.Allies.Writes);
        Assert.Single(world.Journal.Entries, e => e.Kind == JournalKinds.CharterSigned);
        Assert.Single(await world.Allies.ListAsync(world.AllianceId, default));
    }

    [Fact]
    public async Task Sign_WithForgedIdentityInCardData_SignsOnlyTheSender()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        var forged = new Dictionary<string, string> { ["version"] = "1", ["userId"] = Chloe.Id, ["from"] = Chloe.Key, ["ally"] = Chloe.Key, ["role"] = "facilitator" };

        await world.Click(CharterVerbs.Sign, forged, from: Bob);

        Assert.NotNull(await world.AllyAsync(Bob));
        Assert.Null(await world.AllyAsync(Chloe));
        Assert.False((await world.Alliances.FindAsync(world.AllianceId, default))!.IsFacilitator(Bob.Key));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("7")]
    public async Task Sign_CardOfAnotherVersion_ShowsTheCurrentOneAndSignsNothing(string version)
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();

        var result = await world.Sign(Bob, version: version);

        Assert.Null(await world.AllyAsync(Bob));
        Assert.Contains(Card(result).Buttons, b => b.Verb == CharterVerbs.Sign && b.Data[CharterVerbs.VersionKey] == "1");
    }

    [Fact]
    public async Task Withdraw_IsRecordedNotDeleted_AndTheAllyMaySignAgain()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob, engagement: "engaged");

        var withdrawn = await world.Say("retirer ma signature", from: Bob);
        var afterWithdraw = (await world.AllyAsync(Bob))!;
        var again = await world.Sign(Bob);

        Assert.Contains("retirée", Text(withdrawn), StringComparison.Ordinal);
        Assert.Equal((AllyStatus.Withdrawn, world.Clock.Now), (afterWithdraw.Status, afterWithdraw.WithdrawnAt!.Value));
        Assert.Contains("à nouveau", Text(again), StringComparison.Ordinal);
        Assert.True((await world.AllyAsync(Bob))!.IsActive);
        Assert.Equal(
            [JournalKinds.CharterSigned, JournalKinds.SignatureWithdrawn, JournalKinds.CharterSigned],
            world.Journal.Entries.Where(e => e.ActorId == Bob.Key).Select(e => e.Kind));
    }

    [Theory]
    [InlineData("withdraw signature")]
    [InlineData("engagement engaged")]
    public async Task AllyOnlyCommand_ByNonAlly_ShowsTheCharterWithItsSignButton(string text)
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();

        var result = await world.Say(text, from: Bob, language: Language.English);

        Assert.Contains(Card(result).Buttons, b => b.Label == "I sign");
        Assert.Null(await world.AllyAsync(Bob));
    }

    [Theory]
    [InlineData("engagement engagé·e", Engagement.Engaged, "engagé·e")]
    [InlineData("engagement ENGAGEE", Engagement.Engaged, "engagé·e")]
    [InlineData("engagement sympathisant", Engagement.Supporter, "déjà")]
    public async Task Engagement_Change_IsStoredAndJournaledOnlyWhenItChanges(string text, Engagement expected, string reply)
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob);

        var result = await world.Say(text, from: Bob);

        Assert.Equal(expected, (await world.AllyAsync(Bob))!.Engagement);
        Assert.Contains(reply, Text(result), StringComparison.Ordinal);
        Assert.Equal(expected == Engagement.Engaged ? 1 : 0, world.Journal.Entries.Count(e => e.Kind == JournalKinds.EngagementChanged));
    }

    [Fact]
    public async Task Engagement_UnknownWord_ExplainsTheChoices()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob);

        var result = await world.Say("engagement total", from: Bob, language: Language.English);

        Assert.Contains("engagement supporter", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_InChannel_AcknowledgesPrivately_InPersonalChatHere()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Chloe);

        var inChannel = await world.Sign(Bob);
        var inPersonal = await world.Sign(Chloe, where: Personal(Chloe));

        Assert.Equal(Bob, Assert.IsType<DirectTarget>(Assert.Single(inChannel.Replies).Target).User);
        Assert.IsType<HereTarget>(Assert.Single(inPersonal.Replies).Target);
    }
}
