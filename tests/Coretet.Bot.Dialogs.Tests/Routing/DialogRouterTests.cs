using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Tests.Support;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Routing;

public class DialogRouterTests
{
    private sealed class EchoFlow : Flow
    {
        public static readonly CommandSpec Chantiers = new("chantiers", "chantiers", "chantiers", new("lister", "list"));
        public static readonly CommandSpec NewChantier = new("chantier.new", "nouveau chantier", "new chantier", new("ouvrir", "open"));
        public static readonly CommandSpec Allies = new("allies", ["allié·es", "alliés"], ["allies"], new("alliés", "allies"));

        public override IReadOnlyList<CommandSpec> Commands => [Chantiers, NewChantier, Allies];

        public override IReadOnlyList<string> Verbs => ["echo.fail", "echo.refuse", "echo.ok"];

        public override Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken) =>
            Task.FromResult(TurnResult.Text($"{match.Command.Name}|{match.Arguments}"));

        public override Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken) => action.Verb switch
        {
            "echo.fail" => throw new InvalidOperationException("boom"),
            "echo.refuse" => throw new AllianceException(new LocalizedText("Refusé.", "Refused.")),
            _ => Task.FromResult(TurnResult.Text("ok:" + action.Get("x"))),
        };
    }

    private static readonly DialogRouter Router = new([new EchoFlow()], NullLogger<DialogRouter>.Instance);

    private static string Text(TurnResult result) => Assert.IsType<MessageView>(Assert.Single(result.Replies).View).Text;

    [Theory]
    [InlineData("nouveau chantier Jardins partagés", "chantier.new|Jardins partagés")]
    [InlineData("New Chantier  x", "chantier.new|x")]
    [InlineData("chantiers thematique", "chantiers|thematique")]
    [InlineData("/chantiers", "chantiers|")]
    [InlineData("ALLIÉ·ES", "allies|")]
    [InlineData("alliees", "allies|")]
    [InlineData("allies", "allies|")]
    public async Task Route_Command_MatchesWordsInEitherLanguageIgnoringCaseAndAccents(string text, string expected)
    {
        var result = await Router.RouteAsync(TurnBuilder.Message(text), default);

        Assert.Equal(expected, Text(result));
    }

    [Fact]
    public async Task Route_UnknownCommand_AnswersInTheUsersLanguage()
    {
        var fr = Text(await Router.RouteAsync(TurnBuilder.Message("bonjour la compagnie"), default));
        var en = Text(await Router.RouteAsync(TurnBuilder.Message("hello there", Language.English), default));

        Assert.Contains("aide", fr);
        Assert.Contains("bonjour la compagnie", fr);
        Assert.Contains("help", en);
        Assert.Contains("hello there", en);
    }

    [Fact]
    public async Task Route_Help_ListsEveryCommandInTheReadersLanguage()
    {
        var fr = Assert.IsType<CardView>(Assert.Single((await Router.RouteAsync(TurnBuilder.Message("aide"), default)).Replies).View);
        var en = Assert.IsType<CardView>(Assert.Single((await Router.RouteAsync(TurnBuilder.Message("help", Language.English), default)).Replies).View);

        var frFacts = Assert.Single(fr.Body.OfType<CardFacts>()).Facts.Select(f => f.Label).ToList();
        var enFacts = Assert.Single(en.Body.OfType<CardFacts>()).Facts.Select(f => f.Label).ToList();
        Assert.Equal(["aide", "chantiers", "nouveau chantier", "allié·es"], frFacts);
        Assert.Equal(["help", "chantiers", "new chantier", "allies"], enFacts);
    }

    [Fact]
    public async Task Route_RefusedByARule_ShowsTheReasonInTheUsersLanguage()
    {
        Assert.Equal("Refusé.", Text(await Router.RouteAsync(TurnBuilder.Action("echo.refuse"), default)));
        Assert.Equal("Refused.", Text(await Router.RouteAsync(TurnBuilder.Action("echo.refuse", language: Language.English), default)));
    }

    [Fact]
    public async Task Route_FlowThrows_ApologisesInsteadOfFailing()
    {
        var text = Text(await Router.RouteAsync(TurnBuilder.Action("echo.fail", language: Language.English), default));

        Assert.StartsWith("Sorry", text);
        Assert.DoesNotContain("boom", text);
    }

    [Fact]
    public async Task Route_UnknownVerb_SaysTheCardIsStale()
    {
        Assert.Contains("carte", Text(await Router.RouteAsync(TurnBuilder.Action("nope.nope"), default)));
    }

    [Fact]
    public async Task Route_ActionData_ReachesTheFlow()
    {
        Assert.Equal("ok:42", Text(await Router.RouteAsync(TurnBuilder.Action("echo.ok", new() { ["x"] = "42" }), default)));
    }

    [Fact]
    public async Task Route_Installed_WelcomesInTheUsersLanguage()
    {
        var en = Assert.IsType<CardView>(Assert.Single((await Router.RouteAsync(TurnBuilder.Installed(Language.English), default)).Replies).View);
        var fr = Assert.IsType<CardView>(Assert.Single((await Router.RouteAsync(TurnBuilder.Installed(), default)).Replies).View);

        Assert.Equal("Welcome to the alliance", en.Title);
        Assert.Equal("Bienvenue dans l'alliance", fr.Title);
    }

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("en", Language.English)]
    [InlineData("EN_gb", Language.English)]
    [InlineData("fr-FR", Language.French)]
    [InlineData("de-DE", Language.French)]
    [InlineData("eng", Language.French)]
    [InlineData(null, Language.French)]
    public void FromLocale_PicksEnglishOnlyForEnglishLocales(string? locale, Language expected) =>
        Assert.Equal(expected, Languages.FromLocale(locale));
}
