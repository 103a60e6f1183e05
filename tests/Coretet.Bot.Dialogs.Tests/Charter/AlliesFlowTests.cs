using System.Text;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Charter.CharterWorld;

namespace Coretet.Bot.Dialogs.Tests.Charter;

public class AlliesFlowTests
{
    private static async Task<CharterWorld> WorldWithAlliesAsync()
    {
        var world = new CharterWorld();
        await world.WithCharterAsync();
        await world.Sign(Bob, engagement: "engaged", organisation: "=HYPERLINK(\"x\")");
        await world.Click(CharterVerbs.Publish, new(V1) { [CharterVerbs.WorkingProceduresKey] = "Décider par consensus\nRendre compte" });
        await world.Sign(Chloe, version: "2");
        await world.Sign(Alice, version: "2");
        await world.Say("retirer ma signature", from: Alice);
        return world;
    }

    [Theory]
    [InlineData(Language.French, "allié·es", "Ont confirmé la version 2", "Engagé·es")]
    [InlineData(Language.English, "allies", "Confirmed version 2", "Engaged")]
    public async Task Allies_ListsCountsPerVersionAndEngagement(Language language, string command, string versionLabel, string engagedLabel)
    {
        var world = await WorldWithAlliesAsync();

        var card = Card(await world.Say(command, from: Chloe, language: language));

        var facts = card.Body.OfType<CardFacts>().Single().Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("2", facts[language == Language.French ? "Allié·es" : "Allies"]);
        Assert.Equal("1", facts[versionLabel]);
        Assert.Equal("1", facts[engagedLabel]);
        Assert.Equal("1", facts[language == Language.French ? "Signatures retirées" : "Withdrawn signatures"]);
        Assert.Empty(card.Buttons);
    }

    [Fact]
    public async Task Export_ByFacilitator_IsCsvWithEveryRecordAndDefusedFormulas()
    {
        var world = await WorldWithAlliesAsync();

        var allies = Card(await world.Say("allies", language: Language.English));
        var file = Assert.IsType<FileView>(Assert.Single((await world.Click(allies.Buttons.Single().Verb)).Replies).View);

        var csv = Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name,platform,user_id,status,engagement,signed_version,signed_at,organisation,withdrawn_at", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("Alice,msteams,29:alice,Withdrawn,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Bob,", StringComparison.Ordinal) && l.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", StringComparison.Ordinal));
        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
    }

    [Fact]
    public async Task Export_ByNonFacilitator_IsRefused()
    {
        var world = await WorldWithAlliesAsync();

        var result = await world.Say("exporter allié·es", from: Bob);

        Assert.Contains("seule l'équipe d'animation", Text(result), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Replies, r => r.View is FileView);
    }
}
