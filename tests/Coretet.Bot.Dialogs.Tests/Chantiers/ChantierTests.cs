using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

public class ChantierTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChantierMember Alice = new(ChantierWorld.Alice, Now);

    private static Chantier Open(string title = "Jardins partagés", string purpose = "", DateOnly? date = null, int number = 1) =>
        Chantier.Open("a", number, new ChantierDraft(title, ChantierKind.Thematic, purpose) { ReviewDate = date }, Alice, Today);

    private static AllianceException Refused(Action action) => Assert.Throws<AllianceException>(action);

    [Fact]
    public void Open_ValidDraft_OpenerIsTheFirstAnimatorAndItIsOpen()
    {
        var chantier = Open("  Jardins partagés ", date: Today);

        Assert.Equal("Jardins partagés", chantier.Title);
        Assert.True(chantier.IsOpen);
        Assert.Equal([Alice.AllyId], chantier.Animators.Select(a => a.AllyId));
        Assert.Equal("1", chantier.Id);
    }

    [Theory]
    [InlineData("", "Le titre est obligatoire", "A title is required")]
    [InlineData("   ", "Le titre est obligatoire", "A title is required")]
    public void Open_EmptyTitle_IsRefusedInBothLanguages(string title, string french, string english)
    {
        var refused = Refused(() => Open(title));

        Assert.StartsWith(french, refused.Reason.French);
        Assert.StartsWith(english, refused.Reason.English);
    }

    [Fact]
    public void Open_TitleOf121Characters_IsRefused_And120IsAccepted()
    {
        Assert.Contains("120", Refused(() => Open(new string('t', 121))).Reason.English);
        Assert.Equal(120, Open(new string('t', 120)).Title.Length);
    }

    [Fact]
    public void Open_PurposeOf5000Characters_IsRefused()
    {
        var refused = Refused(() => Open(purpose: new string('p', 5000)));

        Assert.Contains("raison d'être est trop longue", refused.Reason.French);
        Assert.Contains("5000", refused.Reason.English);
    }

    [Fact]
    public void Open_DateInThePast_IsRefused()
    {
        var refused = Refused(() => Open(date: Today.AddDays(-1)));

        Assert.Contains("2026-11-30", refused.Reason.French);
        Assert.Contains("in the past", refused.Reason.English);
    }

    [Fact]
    public void EnsureNotDuplicateOf_SameTitleWithOtherCaseAndAccents_PointsToTheOpenOne()
    {
        var existing = Open("Jardins  Partagés", number: 4);

        var refused = Refused(() => Open("jardins partages", number: 5).EnsureNotDuplicateOf([existing]));

        Assert.Contains("chantier 4", refused.Reason.French);
        Assert.Contains("chantier 4", refused.Reason.English);
    }

    [Fact]
    public void EnsureNotDuplicateOf_ClosedOne_IsAllowed()
    {
        var closed = Open(number: 4);
        closed.Close(Alice.AllyId, "Fait.", Now);

        Open(number: 5).EnsureNotDuplicateOf([closed]);
    }

    [Fact]
    public void Join_ClosedChantierOrAnimator_IsRefused()
    {
        var chantier = Open();
        Assert.Contains("animez déjà", Refused(() => chantier.Join(ChantierWorld.Alice, Now)).Reason.French);

        chantier.Close(Alice.AllyId, "Fait.", Now);
        Assert.Contains("closed", Refused(() => chantier.Join(ChantierWorld.Bob, Now)).Reason.English);
    }

    [Fact]
    public void StepDown_LastAnimator_IsRefused_UntilACoAnimatorIsAdded()
    {
        var chantier = Open();
        Assert.Contains("only animator", Refused(() => chantier.StepDown(Alice.AllyId)).Reason.English);

        chantier.AddAnimator(Alice.AllyId, ChantierWorld.Bob, Now);
        chantier.StepDown(Alice.AllyId);

        Assert.Equal(["msteams:29:bob"], chantier.Animators.Select(a => a.AllyId));
    }

    [Fact]
    public void AddAnimator_ByANonAnimator_IsRefused()
    {
        var chantier = Open();

        Refused(() => chantier.AddAnimator(ChantierWorld.Bob.Key, ChantierWorld.Bob, Now));

        Assert.Single(chantier.Animators);
    }

    [Fact]
    public void Close_ByAParticipant_IsRefusedPolitely_AndNothingChanges()
    {
        var chantier = Open();

        var refused = Refused(() => chantier.Close(ChantierWorld.Bob.Key, "Fini", Now));

        Assert.StartsWith("Thank you", refused.Reason.English);
        Assert.True(chantier.IsOpen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Close_WithoutStatement_IsRefused(string statement)
    {
        var chantier = Open();

        Refused(() => chantier.Close(Alice.AllyId, statement, Now));

        Assert.True(chantier.IsOpen);
    }

    [Fact]
    public void Close_ThenReopen_ClearsTheStatement_UnlessAnOpenChantierHasTheTitle()
    {
        var chantier = Open(number: 1);
        chantier.Close(Alice.AllyId, " Nous avons fini. ", Now);
        Assert.Equal("Nous avons fini.", chantier.ClosingStatement);

        var twin = Open(number: 2);
        Assert.Contains("chantier 2", Refused(() => chantier.Reopen(Alice.AllyId, [twin])).Reason.English);

        chantier.Reopen(Alice.AllyId, []);
        Assert.True(chantier.IsOpen);
        Assert.Null(chantier.ClosingStatement);
    }

    [Fact]
    public void LinkTo_PersonalChat_IsRefused()
    {
        var chantier = Open();

        Refused(() => chantier.LinkTo(Alice.AllyId, new ConversationRef("msteams", "a:1", ConversationKind.Personal)));

        Assert.Null(chantier.LinkedConversation);
    }

    [Fact]
    public void State_RoundTrips()
    {
        var chantier = Open(date: Today);
        chantier.AddAnimator(Alice.AllyId, ChantierWorld.Bob, Now);
        chantier.Close(Alice.AllyId, "Fait.", Now);

        Assert.Equal(chantier.ToState() with { Animators = [] }, Chantier.FromState(chantier.ToState()).ToState() with { Animators = [] });
        Assert.Equal(chantier.Animators, Chantier.FromState(chantier.ToState()).Animators);
    }

    [Theory]
    [InlineData("géo-culturel", ChantierKind.GeoCultural)]
    [InlineData("Geo-cultural", ChantierKind.GeoCultural)]
    [InlineData("geocultural", ChantierKind.GeoCultural)]
    [InlineData("collégial", ChantierKind.Collegial)]
    [InlineData("THÉMATIQUE", ChantierKind.Thematic)]
    [InlineData("thematic", ChantierKind.Thematic)]
    public void TryParseKind_WordsInEitherLanguage(string word, ChantierKind expected)
    {
        Assert.True(ChantierKinds.TryParse(word, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("politique")]
    public void TryParseKind_OtherWords_Fail(string? word) => Assert.False(ChantierKinds.TryParse(word, out _));
}
