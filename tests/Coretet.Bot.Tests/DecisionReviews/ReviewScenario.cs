using System.Globalization;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Tests.Consensus;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.DecisionReviews;

/// <summary>What the decision review tests add to <see cref="ConsensusScenario"/>: rounds with a review date, the review sweep, prompts.</summary>
internal static class ReviewScenario
{
    /// <summary>A month after the scenario starts (the rounds' deadline is 3 days after it).</summary>
    public static readonly DateOnly ReviewDate = new(2026, 12, 31);

    public static bool IsReviewPrompt(BotReply reply) =>
        reply.CardText.Contains("Capitaliser l'expérience", StringComparison.Ordinal) || reply.CardText.Contains("Capture experience", StringComparison.Ordinal);

    /// <summary>Inès opens a round with a review date (the form's optional field) in the channel; returns the round card.</summary>
    public static async Task<BotReply> OpenWithReviewAsync(this ConsensusScenario s, string question, string scope = "alliance", string? review = null)
    {
        var form = (await s.Bot.Teams.SendAsync(s.Ines, "consensus", s.Channel)).Single();
        var opened = await s.Bot.Teams.ClickAsync(s.Ines, form, s.L("Ouvrir le tour", "Open the round"), new Dictionary<string, string>
        {
            ["question"] = question,
            ["scope"] = scope,
            ["deadlineDate"] = ConsensusScenario.Start.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["deadlineTime"] = "18:00",
            ["review"] = review ?? ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        return opened.In(s.Channel).Card(s.L("Tour de consensus n°", "Consensus round #"));
    }

    /// <summary>The deadline passes and the consensus sweep closes the round; returns the outcome card posted in the channel.</summary>
    public static async Task<string> CloseAsync(this ConsensusScenario s)
    {
        s.Clock.Advance(TimeSpan.FromDays(4));
        var before = s.Bot.Connector.LastSequence;
        await s.SweepAsync();
        return s.Since(before).Single(r => r.ConversationId == s.Channel.Id && !r.IsUpdate).CardText;
    }

    /// <summary>Runs the decision review sweep once, as Quartz would.</summary>
    public static Task ReviewSweepAsync(this BotHost bot) =>
        bot.Get<IEnumerable<ISweep>>().Single(w => w.Name == "decision.reviews").RunAsync(CancellationToken.None);

    /// <summary>Moves the clock to the review date, after the review hour (09:00 Europe/Paris).</summary>
    public static void ReachReviewDate(this ConsensusScenario s) =>
        s.Clock.Advance(new DateTimeOffset(ReviewDate.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) - s.Clock.GetUtcNow());

    /// <summary>The review prompts the bot sent since <paramref name="sequence"/>, one per DM.</summary>
    public static IReadOnlyList<BotReply> PromptsSince(this ConsensusScenario s, long sequence) =>
        s.Since(sequence).Where(r => !r.IsUpdate && IsReviewPrompt(r)).ToList();

    public static int PromptsTo(this IReadOnlyList<BotReply> prompts, ConsensusScenario s, TeamsUser user) =>
        prompts.Count(r => r.ConversationId == s.Bot.Teams.Personal(user).Id);

    public static async Task<Round> RoundAsync(this ConsensusScenario s, int number) =>
        (await s.Bot.Get<IRoundStore>().FindByNumberAsync(s.Alliance.Alliance.Id, number, CancellationToken.None))!.Value;

    public static async Task<string> RecordAsync(this ConsensusScenario s, TeamsUser reader, int number) =>
        (await s.Bot.Teams.SendAsync(reader, s.L("décision ", "decision ") + number.ToString(CultureInfo.InvariantCulture), s.Channel)).Single().CardText;
}
