using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Charter.CharterWorld;

namespace Coretet.Bot.Dialogs.Tests.Charter;

public class ReconfirmTests
{
    private static Dictionary<string, string> V2 => new(V1) { [CharterVerbs.SharedValuesKey] = "Ouverture\nSobriété" };

    [Fact]
    public async Task PublishV2_InvitesEachEarlierSignatoryPrivatelyWithOnlyTheChangedPart()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob);
        await world.Sign(Chloe, language: Language.English);
        await world.Say("retirer ma signature", from: Chloe);
        await world.Sign(Chloe, language: Language.English);

        var result = await world.Click(CharterVerbs.Publish, V2);

        var invitations = result.Replies.Where(r => r.Target is DirectTarget).ToList();
        Assert.Equal([Bob, Chloe], invitations.Select(r => ((DirectTarget)r.Target).User).OrderBy(u => u.Id));
        var bobs = Assert.IsType<CardView>(invitations.Single(r => ((DirectTarget)r.Target).User == Bob).View);
        var changed = Assert.Single(bobs.Body.OfType<CardList>(), l => l.Heading == "Valeurs partagées (modifié)");
        Assert.Equal(["Ouverture", "Sobriété"], changed.Items);
        Assert.Equal(["Coopération"], Assert.Single(bobs.Body.OfType<CardList>(), l => l.Heading!.Contains("retiré", StringComparison.Ordinal)).Items);
        Assert.DoesNotContain(bobs.Body.OfType<CardList>(), l => l.Heading!.StartsWith("Objectifs", StringComparison.Ordinal));
        Assert.Equal(CharterVerbs.Reconfirm, Assert.Single(bobs.Buttons).Verb);
        var chloes = Assert.IsType<CardView>(invitations.Single(r => ((DirectTarget)r.Target).User == Chloe).View);
        Assert.Contains(chloes.Body.OfType<CardList>(), l => l.Heading == "Shared values (changed)");
        Assert.True((await world.AllyAsync(Bob))!.IsActive);
    }

    [Fact]
    public async Task Reconfirm_FromDirectMessage_RecordsTheNewVersion()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob, engagement: "engaged");
        var result = await world.Click(CharterVerbs.Publish, V2);
        var button = Assert.IsType<CardView>(result.Replies.First(r => r.Target is DirectTarget).View).Buttons[0];

        var confirmed = await world.Click(button.Verb, new(button.Data), from: Bob, where: Personal(Bob));

        var ally = (await world.AllyAsync(Bob))!;
        Assert.Equal((2, Engagement.Engaged), (ally.SignedVersion, ally.Engagement));
        Assert.Contains("confirmé la version 2", Text(confirmed), StringComparison.Ordinal);
        Assert.Single(world.Journal.Entries, e => e.Kind == JournalKinds.CharterReconfirmed && e.ActorId == Bob.Key);
    }

    [Fact]
    public async Task Reconfirm_WithForgedAllianceInCardData_DoesNotReachAnAllianceTheSenderIsNotIn()
    {
        var world = new CharterWorld();
        var id = await world.WithCharterAsync();

        var result = await world.Click(CharterVerbs.Reconfirm, new() { ["version"] = "1", ["alliance"] = id }, from: Chloe, where: Personal(Chloe));

        Assert.Contains("aucune alliance", Text(result), StringComparison.Ordinal);
        Assert.Null(await world.AllyAsync(Chloe));
    }

    [Fact]
    public async Task Publish_AnnouncesInOtherAttachedConversations()
    {
        var world = new CharterWorld();
        await world.Install();
        var code = Text(await world.Say("code de liaison", where: Personal(Alice))).Split("**")[1];
        await world.Say($"link {code}", from: Sam, where: SlackChannel, language: Language.English);

        var result = await world.Click(CharterVerbs.Publish, V1);

        var announcement = Assert.Single(result.Replies, r => r.Target is ConversationTarget);
        Assert.Equal(SlackChannel.Key, ((ConversationTarget)announcement.Target).Conversation.Key);
        Assert.Contains(Assert.IsType<CardView>(announcement.View).Buttons, b => b.Verb == CharterVerbs.Sign);
    }

    [Fact]
    public async Task Publish_FromOutsideAFlow_NumbersVersionsAndKeepsTheRound()
    {
        var world = new CharterWorld();
        var id = await world.WithCharterAsync();
        var draft = new CharterDraft(["Relier"], ["Ouverture"], ["Consensus"]);

        var publication = await world.Service.PublishAsync(id, draft, Bob, default, roundId: "round-7");

        Assert.Equal((2, "round-7"), (publication.Version.Number, publication.Version.RoundId));
        Assert.Equal(1, publication.Previous!.Number);
        Assert.Equal("round-7", world.Journal.Entries[^1].RoundId);
        Assert.Equal(3, publication.Version.ChangedSince(publication.Previous).Count);
    }

    [Fact]
    public async Task Publish_ConcurrentPublications_GetDistinctNumbers()
    {
        var world = new CharterWorld();
        var id = await world.WithCharterAsync();

        var versions = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            Task.Run(() => world.Service.PublishAsync(id, new CharterDraft([$"Objectif {i}"], ["Valeur"], ["Procédure"]), Alice, default))));

        Assert.Equal([2, 3, 4, 5, 6], versions.Select(v => v.Version.Number).Order());
    }
}
