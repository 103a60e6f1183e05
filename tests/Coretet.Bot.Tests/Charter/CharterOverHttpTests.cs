using System.Text.Json;
using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Storage;
using Coretet.Bot.Tests.Support;
using Xunit.Abstractions;

namespace Coretet.Bot.Tests.Charter;

/// <summary>Issue #4 "Must show", over HTTP with the Teams protocol, in French and English.</summary>
public class CharterOverHttpTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task InstallPublishSign_SignAgainSaysAlreadySigned_AndARestartKeepsTheSignature(string language)
    {
        var words = CharterWords.For(language);
        var path = Path.Combine(Path.GetTempPath(), "coretet-charter-http-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var bot = await BotHost.StartAsync(o => o.Set("Storage:EmbeddedPath", path)))
            {
                var scenario = new CharterScenario(bot, words);
                Assert.True((await scenario.InstallAsync()).Contains(words.Facilitator));
                Assert.True((await scenario.PublishAsync(CharterScenario.V1, words.Publish1)).Contains(words.Published));
                var card = await scenario.CharterCardAsync(scenario.Bob);
                Assert.Contains(words.Sign, card.Buttons);
                Assert.Contains("Capitaliser l'expérience", card.AllText, StringComparison.Ordinal);

                Assert.True((await scenario.SignAsync(scenario.Bob, "engaged")).Contains(words.Signed));
                Assert.True((await bot.Teams.ClickAsync(scenario.Bob, card, words.Sign)).Contains(words.AlreadySigned));
            }

            await using (var restarted = await BotHost.StartAsync(o => o.Set("Storage:EmbeddedPath", path)))
            {
                var scenario = new CharterScenario(restarted, words);
                var card = await scenario.CharterCardAsync(scenario.Bob);
                Assert.Contains(words.YouSigned, card.AllText, StringComparison.Ordinal);
                Assert.DoesNotContain(words.Sign, card.Buttons);
            }
        }
        finally
        {
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task PublishV2_InvitesEarlierSignatoriesPrivatelyWithWhatChanged_AndConfirmingRecordsV2(string language)
    {
        var words = CharterWords.For(language);
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, words);
        await scenario.WithCharterAsync();
        await scenario.SignAsync(scenario.Bob);

        var published = await scenario.PublishAsync(new Dictionary<string, string>(CharterScenario.V1) { ["sharedValues"] = "Ouverture\nSobriété" }, words.Publish2);

        var invitation = published.In(bot.Teams.Personal(scenario.Bob)).Single();
        Assert.Contains(words.SharedValuesChanged, invitation.AllText, StringComparison.Ordinal);
        Assert.Contains("Sobriété", invitation.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Relier les lieux ressources", invitation.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(words.Objectives + " (", invitation.AllText, StringComparison.Ordinal);
        Assert.Empty(published.In(bot.Teams.Personal(scenario.Alice)));

        var confirmed = await bot.Teams.ClickAsync(scenario.Bob, invitation, words.Reconfirm2);

        Assert.True(confirmed.Contains(words.Reconfirmed), confirmed.Text);
        Assert.True((await bot.Teams.SendAsync(scenario.Alice, words.Allies, scenario.General)).Contains(words.ConfirmedV2));
    }

    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task NonAlly_AllyOnlyAction_GetsTheCharterCardWithItsSignButton(string language)
    {
        var words = CharterWords.For(language);
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, words);
        await scenario.WithCharterAsync();

        var replies = await bot.Teams.SendAsync(scenario.Bob, words.Engagement, scenario.General);

        Assert.Contains(words.Sign, replies.Single().Buttons);
        Assert.Contains("Coopération", replies.Single().AllText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task NonFacilitator_Publish_GetsAPoliteRefusalAndNothingChanges(string language)
    {
        var words = CharterWords.For(language);
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, words);
        await scenario.WithCharterAsync();
        var form = (await bot.Teams.SendAsync(scenario.Alice, words.Draft, scenario.General)).Single();

        var asked = await bot.Teams.SendAsync(scenario.Bob, words.Draft, scenario.General);
        var clicked = await bot.Teams.ClickAsync(scenario.Bob, form, words.Publish2, new Dictionary<string, string> { ["objectives"] = "Autre chose" });

        Assert.True(asked.Contains(words.OnlyFacilitators), asked.Text);
        Assert.True(clicked.Contains(words.OnlyFacilitators), clicked.Text);
        Assert.DoesNotContain("Autre chose", (await scenario.CharterCardAsync(scenario.Alice)).AllText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CharterWords.Languages), MemberType = typeof(CharterWords))]
    public async Task ForgedCardSubmit_WithAnotherUsersIdOrAFacilitatorRole_ChangesNothing(string language)
    {
        var words = CharterWords.For(language);
        await using var bot = await BotHost.StartAsync();
        var scenario = new CharterScenario(bot, words);
        var chloe = TeamsClient.User("Chloe", words.Locale);
        await scenario.WithCharterAsync();
        var form = (await bot.Teams.SendAsync(scenario.Alice, words.Draft, scenario.General)).Single();
        var charter = await scenario.CharterCardAsync(chloe);

        var publish = Forged(form.Action(words.Publish2), scenario.Alice, ("objectives", "Pirater"), ("sharedValues", "x"), ("workingProcedures", "y"));
        var sign = Forged(charter.Action(words.Sign), chloe, ("engagement", "engaged"));
        var refused = await Send(bot, scenario.Bob, scenario.General, publish, form.MessageId);
        await Send(bot, scenario.Bob, scenario.General, sign, charter.MessageId);

        Assert.True(refused.Contains(words.OnlyFacilitators), refused.Text);
        Assert.DoesNotContain("Pirater", (await scenario.CharterCardAsync(scenario.Alice)).AllText, StringComparison.Ordinal);
        Assert.Contains(words.Sign, (await scenario.CharterCardAsync(chloe)).Buttons);
        Assert.DoesNotContain(words.Sign, (await scenario.CharterCardAsync(scenario.Bob)).Buttons);
    }

    /// <summary>
    /// On Azurite (the Azure Table protocol, parallel writes): the embedded store writes one transaction at a time
    /// with a full sync, which is right for a single local instance but would make this a test of the disk. The
    /// embedded store's 200 concurrent signatures are covered in <see cref="CharterTableStoresTests"/>.
    /// </summary>
    [Fact]
    public async Task TwoHundredUsersSigningAtOnce_GiveTwoHundredSignaturesWithoutErrorOrDuplicate()
    {
        await using var bot = await BotHost.StartAsync(o => o.Set("ConnectionStrings:Tables", AzuriteTableContractTests.ConnectionString));
        var scenario = new CharterScenario(bot, CharterWords.English, "Crowd " + Guid.NewGuid().ToString("N")[..8]);
        await scenario.WithCharterAsync();
        var card = await scenario.CharterCardAsync(scenario.Bob);
        var people = Enumerable.Range(0, 200).Select(i => TeamsClient.User($"Person {i}", "en-US")).ToList();
        // Each has talked to the bot before (personal app), so the private "thank you" needs no new conversation:
        // opening 200 conversations at once is throttled per tenant, as Teams does, and is not what this measures.
        await Task.WhenAll(people.Select(p => Task.Run(() => bot.Teams.SendAsync(p, "help"))));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var replies = await Task.WhenAll(people.Select(p => Task.Run(() => bot.Teams.ClickAsync(p, card, "I sign"))));
        output.WriteLine($"200 concurrent signatures over HTTP: {clock.ElapsedMilliseconds} ms");

        Assert.All(replies, r => Assert.True(r.Contains("Thank you"), r.Text));
        var allies = await bot.Teams.SendAsync(scenario.Alice, "allies", scenario.General);
        Assert.True(allies.Contains("Allies: 200"), allies.Text);
        Assert.True(allies.Contains("Confirmed version 1: 200"), allies.Text);
        Assert.Empty(bot.Logs.Errors);
    }

    /// <summary>A button's own data with extra keys a malicious client could add (identity, role).</summary>
    private static JsonObject Forged(JsonObject action, TeamsUser impersonated, params (string Key, string Value)[] inputs)
    {
        var data = (JsonObject)action["data"]!.DeepClone();
        foreach (var (key, value) in inputs)
            data[key] = value;
        data["userId"] = impersonated.Id;
        data["from"] = new JsonObject { ["id"] = impersonated.Id, ["name"] = impersonated.Name };
        data["aadObjectId"] = impersonated.AadObjectId;
        data["role"] = "facilitator";
        data["isFacilitator"] = true;
        return data;
    }

    private static Task<BotReplies> Send(BotHost bot, TeamsUser from, TeamsConversation where, JsonObject value, string replyTo)
    {
        var activity = bot.Teams.NewActivity("message", from, where);
        activity.Value = JsonSerializer.SerializeToElement(value);
        activity.ReplyToId = replyTo;
        return bot.Teams.SendActivityAsync(activity);
    }
}
