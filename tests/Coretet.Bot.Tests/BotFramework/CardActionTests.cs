using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Coretet.Bot.Tests.BotFramework;

public class CardActionTests
{
    private static readonly TeamsUser Alice = TeamsClient.User("Alice", "fr-FR");

    private static Task<BotHost> StartAsync(Action<BotHostOptions>? configure = null) =>
        BotHost.StartAsync(o =>
        {
            o.ConfigureServices(s => s.AddSingleton<Flow, CardTestFlow>());
            configure?.Invoke(o);
        });

    [Fact]
    public async Task Click_ActionSubmit_ReplacesClickedCardInPlaceWithDataAndInputs()
    {
        await using var bot = await StartAsync();
        var card = (await bot.Teams.SendAsync(Alice, "carte")).Single();

        var replies = await bot.Teams.ClickAsync(Alice, card, "Valider", new Dictionary<string, string> { ["reason"] = "parce que" });

        var update = replies.Updates.Single();
        Assert.Equal(card.MessageId, update.MessageId);
        Assert.Contains("reason=parce que;round=42", update.CardText);
        Assert.Contains("test.submit by 29:alice", replies.Posts.Single().Text);
    }

    [Fact]
    public async Task Click_ButtonWithoutInputs_SendsOnlyItsData()
    {
        await using var bot = await StartAsync();
        var card = (await bot.Teams.SendAsync(Alice, "carte")).Single();

        var replies = await bot.Teams.ClickAsync(Alice, card, "Annuler");

        Assert.DoesNotContain("reason=", replies.Updates.Single().CardText, StringComparison.Ordinal);
        Assert.Contains("test.cancel", replies.Posts.Single().Text);
    }

    [Fact]
    public async Task Execute_AdaptiveCardAction_AnswersWithCardInInvokeResponse()
    {
        await using var bot = await StartAsync();
        var card = (await bot.Teams.SendAsync(Alice, "carte")).Single();

        var replies = await bot.Teams.ExecuteAsync(Alice, card, "Valider");

        Assert.Equal(200, (int?)replies.InvokeBody!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)replies.InvokeBody["type"]);
        Assert.Contains("reason=par d", replies.InvokeBody["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(replies.Updates);
        Assert.Contains("test.submit", replies.Posts.Single().Text);
    }

    [Fact]
    public async Task TaskFetch_AnswersWithContinueCard()
    {
        await using var bot = await StartAsync();
        var activity = bot.Teams.NewActivity("invoke", Alice, bot.Teams.Personal(Alice));
        activity.Name = "task/fetch";
        activity.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { data = new { _verb = "test.submit", reason = "x" } });

        var replies = await bot.Teams.SendActivityAsync(activity);

        Assert.Equal("continue", (string?)replies.InvokeBody!["task"]!["type"]);
        Assert.Contains("reason=x", replies.InvokeBody.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_UnknownVerb_SaysTheCardIsStale()
    {
        await using var bot = await StartAsync();
        var activity = bot.Teams.NewActivity("message", Alice, bot.Teams.Personal(Alice));
        activity.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { _verb = "nobody.knows" });

        var replies = await bot.Teams.SendActivityAsync(activity);

        Assert.Contains("n'est plus active", replies.Single().Text);
    }

    [Fact]
    public async Task FailingFlow_UserGetsApologyAndLogHasActivityId()
    {
        await using var bot = await StartAsync();

        var replies = await bot.Teams.SendAsync(Alice with { Locale = "en-US" }, "boom");

        Assert.Contains("Sorry, something went wrong", replies.Single().Text);
        Assert.Contains(bot.Logs.Errors, e => e.Message.Contains("act-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refresh_UpdatesEveryPostingOfTheCardInItsLanguage()
    {
        await using var bot = await StartAsync();
        var bob = TeamsClient.User("Bob", "en-US");
        var first = (await bot.Teams.SendAsync(Alice, "carte")).Single();
        var second = (await bot.Teams.SendAsync(bob, "card", bot.Teams.Channel("General"))).Single();

        var replies = await bot.Teams.SendAsync(Alice, "rafraichir v2");

        var updated = replies.Updates.Select(u => u.MessageId).Order().ToList();
        Assert.Equal(new[] { first.MessageId, second.MessageId }.Order(), updated);
        Assert.All(replies.Updates, u => Assert.Contains("Rafraîchi v2", u.CardText));
    }

    [Fact]
    public async Task DirectMessage_ToUserSeenOnlyInChannel_OpensPersonalChatWithTenant()
    {
        await using var bot = await StartAsync();

        var replies = await bot.Teams.SendAsync(Alice, "prive", bot.Teams.Channel("General"));

        var create = Assert.Single(bot.Connector.Calls, c => c.Operation == Support.ConnectorOperation.CreateConversation);
        Assert.Contains("\"tenantId\":\"tenant-1\"", create.Body, StringComparison.Ordinal);
        Assert.Contains("\"tenant\":{\"id\":\"tenant-1\"}", create.Body, StringComparison.Ordinal);
        Assert.Equal(FakeConnector.PersonalConversationId(Alice.Id), replies.Single().ConversationId);
        Assert.Equal("psst Alice", replies.Single().Text);
    }

    [Fact]
    public async Task DirectMessage_ToUserWithKnownPersonalChat_DoesNotCreateConversation()
    {
        await using var bot = await StartAsync();
        await bot.Teams.SendAsync(Alice, "aide");

        var replies = await bot.Teams.SendAsync(Alice, "prive", bot.Teams.Channel("General"));

        Assert.DoesNotContain(bot.Connector.Calls, c => c.Operation == Support.ConnectorOperation.CreateConversation);
        Assert.Equal(FakeConnector.PersonalConversationId(Alice.Id), replies.Single().ConversationId);
    }

    [Fact]
    public async Task Reply_ToAnotherKnownConversation_IsPostedThereAndRefreshedLater()
    {
        await using var bot = await StartAsync();
        var channel = bot.Teams.Channel("General");
        await bot.Teams.SendAsync(TeamsClient.User("Bob"), "aide", channel);

        var replies = await bot.Teams.SendAsync(Alice, "annonce " + channel.Id);
        var refreshed = await bot.Teams.SendAsync(Alice, "rafraichir v3");

        var announced = replies.In(channel).Single();
        Assert.Equal(Support.ConnectorOperation.Send, announced.Operation);
        Assert.Contains("Annonce", announced.CardText);
        Assert.Equal("annoncé", replies.In(bot.Teams.Personal(Alice)).Single().Text);
        Assert.Contains("Rafraîchi v3", refreshed.Updates.In(channel).Single().CardText);
    }

    [Fact]
    public async Task Reply_ToUnknownConversation_IsLoggedAndTheRestIsDelivered()
    {
        await using var bot = await StartAsync();

        var replies = await bot.Teams.SendAsync(Alice, "annonce 19:nowhere@thread.tacv2");

        Assert.Equal("annoncé", replies.Single().Text);
        Assert.Contains(bot.Logs.Errors, e => e.Message.Contains("Delivering a reply", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Turn_CarriesMentionsTimeZoneTenantAndTeam()
    {
        await using var bot = await StartAsync();
        var bob = TeamsClient.User("Bob");
        var channel = bot.Teams.Channel("General", team: "Coretet");

        var replies = await bot.Teams.SendAsync(Alice, "qui @Bob", channel, bob);

        Assert.Equal("text=[qui <at>Bob</at>] mentions=[29:bob] tz=[Europe/Paris] kind=[Channel] tenant=[tenant-1] space=[19:coretet@thread.tacv2]", replies.Single().Text);
    }
}
