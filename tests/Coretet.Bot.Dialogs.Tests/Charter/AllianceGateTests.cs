using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Charter.CharterWorld;

namespace Coretet.Bot.Dialogs.Tests.Charter;

public class AllianceGateTests
{
    private static Turn From(UserRef user, Language language = Language.French, string? timeZone = null, ConversationRef? where = null) =>
        new(TurnKind.Message, user, where ?? General, language) { Text = "x", TimeZone = timeZone };

    [Theory]
    [InlineData(Language.French, "Je signe")]
    [InlineData(Language.English, "I sign")]
    public async Task RequireAlly_NonAlly_RedirectsToTheCharterCardWithItsSignButton(Language language, string button)
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();

        var redirected = await Assert.ThrowsAsync<TurnRedirectException>(() => world.Gate.RequireAllyAsync(From(Bob, language), default));

        var card = Assert.IsType<CardView>(Assert.Single(redirected.Result.Replies).View);
        Assert.Contains(card.Buttons, b => b.Label == button && b.Verb == CharterVerbs.Sign);
    }

    [Fact]
    public async Task RequireAlly_WithdrawnAlly_IsRedirectedToo()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob);
        await world.Say("retirer ma signature", from: Bob);

        await Assert.ThrowsAsync<TurnRedirectException>(() => world.Gate.RequireAllyAsync(From(Bob), default));
    }

    [Fact]
    public async Task RequireAlly_Ally_ResolvesAllianceAndRecordFromAnyAttachedChannel()
    {
        var world = new CharterWorld();
        var id = await world.WithCharterAsync();
        await world.Sign(Bob);

        var context = await world.Gate.RequireAllyAsync(From(Bob, where: OtherChannel), default);

        Assert.Equal((id, Bob.Key, false), (context.Alliance.Id, context.Ally!.Id, context.IsFacilitator));
    }

    [Fact]
    public async Task RequireFacilitator_NonFacilitator_IsPolitelyRefused()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();

        var refused = await Assert.ThrowsAsync<AllianceException>(() => world.Gate.RequireFacilitatorAsync(From(Bob, Language.English), default));

        Assert.Contains("only the facilitation team", refused.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_InPersonalChat_UsesThePersonsLatestAlliance()
    {
        var world = new CharterWorld();
        var id = await world.WithCharterAsync();
        await world.Sign(Bob);

        var context = await world.Gate.ResolveAsync(From(Bob, where: Personal(Bob)), default);

        Assert.Equal(id, context.Alliance.Id);
        Assert.True(context.IsAlly);
    }

    [Fact]
    public async Task Resolve_LanguageOrTimeZoneChange_WritesOnceThenNotPerTurn()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob);
        var writes = world.Allies.Writes;

        await world.Gate.ResolveAsync(From(Bob, Language.English, "America/Montreal"), default);
        await world.Gate.ResolveAsync(From(Bob, Language.English, "America/Montreal"), default);
        await world.Gate.ResolveAsync(From(Bob, Language.English), default);
        await world.Gate.ResolveAsync(From(Bob with { Name = "" }, Language.English), default);

        var ally = (await world.AllyAsync(Bob))!;
        Assert.Equal((Language.English, "America/Montreal"), (ally.Language, ally.TimeZone));
        Assert.Equal(writes + 1, world.Allies.Writes);
    }

    [Fact]
    public async Task Sign_TwoHundredAtOnce_GivesTwoHundredSignatures()
    {
        var world = new CharterWorld();
        var id = await world.WithCharterAsync();
        var people = Enumerable.Range(0, 200).Select(i => new UserRef("msteams", $"29:user{i}", $"User {i}")).ToList();

        var results = await Task.WhenAll(people.Select(p => Task.Run(() => world.Sign(p))));

        Assert.All(results, r => Assert.Contains("Merci", Text(r), StringComparison.Ordinal));
        Assert.Equal(200, (await world.Allies.ListAsync(id, default)).Count(a => a.IsActive));
        Assert.Equal(200, world.Journal.Entries.Count(e => e.Kind == Journal.JournalKinds.CharterSigned));
    }
}
