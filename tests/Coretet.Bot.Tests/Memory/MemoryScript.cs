using System.Globalization;
using System.Text.RegularExpressions;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Tests.Charter;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Memory;

/// <summary>
/// The alliance's path played over HTTP as Teams users would, on the real host and storage (issue #10 "Must show"):
/// charter v1 and v2 published by Alice, the facilitator (Bob re-confirms), a chantier, a round in it with Cleo's divergent opinion answered by Bob and an
/// outcome, two experiences, a principle citing them adopted through its round. The clock moves a minute after each
/// step so the journal's order is the order of the script.
/// </summary>
internal sealed partial class MemoryScript : IAsyncDisposable
{
    public const string ChantierTitle = "Jardins partagés";
    public const string Question = "Créer une grainothèque commune";
    public const string Dissent = "Préférer des graines locales";
    public const string Answer = "Nous achèterons aux producteurs du territoire";
    public const string PrincipleText = "Semer ce qui pousse ici";
    public static readonly string[] Learned = ["Les semis d'automne lèvent mieux", "Les voisins prêtent leurs outils"];
    /// <summary>Cleo's own time zone: private, it must never appear in an export.</summary>
    public const string CleosTimeZone = "America/Montreal";
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private MemoryScript(BotHost bot, JournalClock clock, CharterWords words)
    {
        (Bot, Clock) = (bot, clock);
        Charter = new CharterScenario(bot, words);
        Cleo = TeamsClient.User("Cleo", words.Locale) with { TimeZone = CleosTimeZone };
    }

    public BotHost Bot { get; }

    public JournalClock Clock { get; }

    public CharterScenario Charter { get; }

    public TeamsUser Alice => Charter.Alice;

    public TeamsUser Bob => Charter.Bob;

    public TeamsUser Cleo { get; }

    public TeamsConversation General => Charter.General;

    public bool English => Charter.Words.Locale.StartsWith("en", StringComparison.Ordinal);

    /// <summary>The alliance's first chantier.</summary>
    public string ChantierId => "1";

    public IReadOnlyList<string> ExperienceIds { get; private set; } = [];

    public string PrincipleId { get; private set; } = "";

    public static async Task<MemoryScript> StartAsync(string language, Action<BotHostOptions>? configure = null)
    {
        var clock = new JournalClock(Start);
        var bot = await BotHost.StartAsync(o =>
        {
            o.UseTime(clock).Set("Consensus:SweepSeconds", "86400");
            configure?.Invoke(o);
        });
        return new MemoryScript(bot, clock, CharterWords.For(language));
    }

    public string L(string french, string english) => English ? english : french;

    /// <summary>Everything from the charter to the adopted principle.</summary>
    public async Task PlayAsync()
    {
        await CharterAsync();
        await ChantierAsync();
        await RoundAsync();
        ExperienceIds = [await ShareAsync(Bob, Learned[0]), await ShareAsync(Cleo, Learned[1])];
        await PrincipleAsync(ExperienceIds);
    }

    /// <summary>Alice publishes v1; Bob and Cleo sign; Alice publishes v2; Bob re-confirms from his invitation.</summary>
    public async Task CharterAsync()
    {
        await StepAsync(Charter.InstallAsync);
        await StepAsync(() => Charter.PublishAsync(CharterScenario.V1, Charter.Words.Publish1));
        await StepAsync(() => Charter.SignAsync(Bob));
        await StepAsync(() => Charter.SignAsync(Cleo));
        var published = await StepAsync(() => Charter.PublishAsync(new Dictionary<string, string>(CharterScenario.V1) { ["sharedValues"] = "Ouverture\nSobriété" }, Charter.Words.Publish2));
        var invitation = published.In(Bot.Teams.Personal(Bob)).Single();
        await StepAsync(() => Bot.Teams.ClickAsync(Bob, invitation, Charter.Words.Reconfirm2));
    }

    /// <summary>Bob opens the chantier (its first animator); Cleo joins it.</summary>
    public async Task ChantierAsync()
    {
        var form = (await SayAsync(Bob, L("nouveau chantier", "new chantier"))).Single();
        var opened = await StepAsync(() => Bot.Teams.ClickAsync(Bob, form, L("Ouvrir le chantier", "Open the chantier"),
            new Dictionary<string, string> { ["title"] = ChantierTitle, ["kind"] = "thematic", ["purpose"] = "Cultiver ensemble", ["date"] = "" }));
        var card = opened.Updates[^1];
        await StepAsync(() => Bot.Teams.ClickAsync(Cleo, card, L("Rejoindre", "Join")));
    }

    /// <summary>Bob opens a round in the chantier (with a review date when given); he agrees, Cleo gives a divergent opinion, Bob answers it; the deadline passes.</summary>
    public async Task RoundAsync(DateOnly? review = null)
    {
        var card = await OpenRoundAsync(Bob, Question, "chantier:" + ChantierId, review);
        await StepAsync(() => Bot.Teams.ClickAsync(Bob, card, L("J'adhère", "I agree")));
        await StepAsync(() => Bot.Teams.ClickAsync(Cleo, card, L("Avis divergent", "Divergent opinion"), new Dictionary<string, string> { ["reason"] = Dissent }));
        var menu = (await Bot.Teams.ClickAsync(Bob, card, L("Suivi…", "Follow-up…"))).Single();
        var answerForm = (await Bot.Teams.ClickAsync(Bob, menu, L("Répondre à un avis divergent", "Answer dissent"))).Single();
        await StepAsync(() => Bot.Teams.ClickAsync(Bob, answerForm, L("Envoyer la réponse", "Send the answer"),
            new Dictionary<string, string> { ["position"] = "msteams:" + Cleo.Id, ["text"] = Answer }));
        await CloseByDeadlineAsync(TimeSpan.FromDays(4));
    }

    /// <summary>The review date comes (10:00 UTC) and the decision review sweep runs once; <paramref name="who"/> answers the prompt in their DM.</summary>
    public async Task AnswerReviewAsync(DateOnly date, TeamsUser who, string learned)
    {
        Clock.Advance(new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) - Clock.GetUtcNow());
        var before = Bot.Connector.LastSequence;
        await Bot.Get<IEnumerable<ISweep>>().Single(w => w.Name == "decision.reviews").RunAsync(CancellationToken.None);
        var prompt = Bot.Connector.CallsSince(before).Select(c => new BotReply(c)).Last(r => r.ConversationId == Bot.Teams.Personal(who).Id && r.IsCard);
        await StepAsync(() => Bot.Teams.ClickAsync(who, prompt, L("Envoyer", "Send"), new Dictionary<string, string> { ["q.learned"] = learned }));
    }

    /// <summary>An ally shares an experience of the chantier from the chat; returns its id.</summary>
    public async Task<string> ShareAsync(TeamsUser who, string learned)
    {
        var prompt = (await SayAsync(who, L("expérience ", "experience ") + ChantierId)).Single();
        var thanks = await StepAsync(() => Bot.Teams.ClickAsync(who, prompt, L("Envoyer", "Send"),
            new Dictionary<string, string> { ["q.path"] = "Un samedi par mois", ["q.learned"] = learned }));
        return ExperienceIdPattern().Match(thanks.Text) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(thanks.Text);
    }

    /// <summary>Cleo proposes the principle citing both experiences; Bob and Cleo agree; its round closes at its deadline.</summary>
    public async Task PrincipleAsync(IReadOnlyList<string> cited)
    {
        var proposed = await StepAsync(() => SayAsync(Cleo, $"{L("principe", "principle")} {string.Join(", ", cited)} : {PrincipleText}"));
        PrincipleId = ExperienceIdPattern().Match(proposed.Text) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(proposed.Text);
        var card = proposed.In(General).Card(L("Tour de consensus n°", "Consensus round #"));
        foreach (var ally in new[] { Bob, Cleo })
            await StepAsync(() => Bot.Teams.ClickAsync(ally, card, L("J'adhère", "I agree")));
        await CloseByDeadlineAsync(TimeSpan.FromDays(8));
    }

    public async Task<BotReply> OpenRoundAsync(TeamsUser by, string question, string scope, DateOnly? review = null)
    {
        var form = (await SayAsync(by, "consensus")).Single();
        var opened = await StepAsync(() => Bot.Teams.ClickAsync(by, form, L("Ouvrir le tour", "Open the round"), new Dictionary<string, string>
        {
            ["question"] = question,
            ["scope"] = scope,
            ["deadlineDate"] = Clock.GetUtcNow().AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["deadlineTime"] = "18:00",
            ["review"] = review?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        }));
        return opened.In(General).Card(L("Tour de consensus n°", "Consensus round #"));
    }

    public Task<BotReplies> SayAsync(TeamsUser who, string text, params TeamsUser[] mentioning) => Bot.Teams.SendAsync(who, text, General, mentioning);

    /// <summary>The deadline passes and the consensus sweep runs once, as Quartz would.</summary>
    public async Task CloseByDeadlineAsync(TimeSpan after)
    {
        Clock.Advance(after);
        await Bot.Get<IEnumerable<ISweep>>().Single(s => s.Name == "consensus").RunAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(1));
    }

    public async Task<string> AllianceIdAsync()
    {
        var where = new ConversationRef("msteams", General.Id, ConversationKind.Channel) { SpaceId = General.TeamId, TenantId = Bot.Teams.TenantId };
        var turn = new Turn(TurnKind.Message, new UserRef("msteams", Alice.Id, Alice.Name), where, Language.French);
        return (await Bot.Get<IAllianceGate>().ResolveAsync(turn, default)).Alliance.Id;
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();

    private async Task<T> StepAsync<T>(Func<Task<T>> step)
    {
        var result = await step();
        Clock.Advance(TimeSpan.FromMinutes(1));
        return result;
    }

    [GeneratedRegex(@"\*\*([0-9a-f]{8})\*\*")]
    private static partial Regex ExperienceIdPattern();
}
