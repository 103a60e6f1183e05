using Coretet.Bot.Dialogs.Tests.Charter.Fakes;
using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Capture.Support;

/// <summary>
/// An alliance with allies, a chantier, in-memory stores, claims and a recording sender: the whole capture
/// capability without I/O. Two worlds sharing <see cref="Claims"/> and <see cref="Store"/> behave like two instances.
/// </summary>
internal sealed class CaptureWorld : CaptureAllianceFake, IClaimStore, IPromptSender, ICaptureTriggers, ICadenceCalendar
{
    public const string AllianceId = "al1";

    public CaptureWorld(MemoryCaptureStore? store = null, ConcurrentDictionary<string, bool>? claims = null, ManualClock? clock = null)
        : base(new Alliance(AllianceId, "Coretet", [Alice.Key]),
            [new Ally(AllianceId, Alice) { Language = Language.French }, new Ally(AllianceId, Bob) { Language = Language.English }, new Ally(AllianceId, Carol)],
            new ChantierSummary(AllianceId, "ch1", "Jardins partagés", true) { Animators = [Bob.Key], Participants = [Carol.Key] })
    {
        Store = store ?? new MemoryCaptureStore();
        ClaimSet = claims ?? new ConcurrentDictionary<string, bool>();
        Clock = clock ?? new ManualClock(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
        Options = new CaptureOptions();
        AllianceStore = new InMemoryAllianceStore();
        AllianceStore.CreateAsync(Alliance, default).GetAwaiter().GetResult();
        Prompter = new CapturePrompter(this, this, this, Store, Store, this, Options, Clock, NullLogger<CapturePrompter>.Instance, AllianceStore);
    }

    public static readonly UserRef Alice = new("msteams", "29:alice", "Alice");
    public static readonly UserRef Bob = new("msteams", "29:bob", "Bob");
    public static readonly UserRef Carol = new("slack", "U0CAROL", "Carol");
    public static readonly UserRef Stranger = new("msteams", "29:stranger", "Stranger");
    public static readonly ConversationRef Channel = new("msteams", "19:chantier@thread", ConversationKind.Channel);

    public MemoryCaptureStore Store { get; }

    /// <summary>The alliance as stored (its default language decides the language of channel posts).</summary>
    public InMemoryAllianceStore AllianceStore { get; }
    public ConcurrentDictionary<string, bool> ClaimSet { get; }
    public ManualClock Clock { get; }
    public CaptureOptions Options { get; }
    public CapturePrompter Prompter { get; }
    public ConcurrentQueue<Reply> Sent { get; } = new();
    public List<string> Changed { get; } = [];
    public List<(string ScheduleId, DateTimeOffset At)> FiredNow { get; } = [];
    public Func<Reply, DeliveryResult> Deliver { get; set; } = _ => DeliveryResult.Delivered;

    public int SentTo(UserRef user) => Sent.Count(r => r.Target is DirectTarget d && d.User == user);

    public CaptureFollowUps FollowUps() => new(Store, Store, Prompter, Options, Clock, NullLogger<CaptureFollowUps>.Instance);

    public CaptureSchedule Schedule(CaptureAudience audience = CaptureAudience.AllAllies, string? chantierId = null, CaptureDelivery delivery = CaptureDelivery.Direct)
    {
        var draft = new CaptureScheduleDraft(CaptureKeys.NewId(), AllianceId, chantierId, Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)), "Europe/Paris")
        {
            Audience = audience,
            Delivery = delivery,
            HasLinkedChannel = Chantier.LinkedConversation is not null,
        };
        var schedule = CaptureSchedule.Create(draft, Alice.Key, Clock.GetUtcNow());
        Store.Schedules[schedule.Id] = schedule;
        return schedule;
    }

    public Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken) => Task.FromResult(ClaimSet.TryAdd(scope + "/" + key, true));

    public Task<DeliveryResult> SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        var result = Deliver(reply);
        if (result.Outcome == DeliveryOutcome.Delivered)
            Sent.Enqueue(reply);
        return Task.FromResult(result);
    }

    public Task ScheduleChangedAsync(string allianceId, string scheduleId, CancellationToken cancellationToken)
    {
        Changed.Add(scheduleId);
        return Task.CompletedTask;
    }

    public Task FireNowAsync(string allianceId, string scheduleId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        FiredNow.Add((scheduleId, occurrence));
        return Task.CompletedTask;
    }

    public LocalizedText? ValidateCron(string expression) => expression.Split(' ').Length is 6 or 7 ? null : new LocalizedText("cron invalide", "invalid cron");

    public LocalizedText? ValidateTimeZone(string timeZone) => null;

    public DateTimeOffset? NextAfter(Cadence cadence, string timeZone, DateTimeOffset after) => after.AddDays(7);
}
