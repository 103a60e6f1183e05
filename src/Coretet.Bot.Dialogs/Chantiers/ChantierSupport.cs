using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>What every chantier handler needs: the stores, the journal, the clock, and the card answer.</summary>
internal sealed class ChantierSupport(IChantierStore chantiers, IChantierMemberStore members, IJournal journal, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (long Started, ChantierSnapshot Snapshot)> latest = new(StringComparer.Ordinal);

    public IChantierStore Chantiers => chantiers;

    public IChantierMemberStore Members => members;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Today in the alliance's time zone (dates in the past are refused against it).</summary>
    public DateOnly Today(Alliance alliance)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(alliance.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, zone).DateTime);
    }

    /// <summary>The chantier number a button carries; card data is user input.</summary>
    public static int NumberFrom(CardAction action) =>
        int.TryParse(action.Get(ChantierVerbs.NumberKey), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new AllianceException(ChantierTexts.StaleCard);

    public async Task<Chantier> RequireAsync(AllianceContext context, int number, CancellationToken cancellationToken) =>
        await chantiers.FindAsync(context.Alliance.Id, number, cancellationToken)
        ?? throw new AllianceException(ChantierTexts.NotFound.Format(number));

    public async Task<Chantier> UpdateAsync(AllianceContext context, int number, Action<Chantier> change, CancellationToken cancellationToken) =>
        await chantiers.UpdateAsync(context.Alliance.Id, number, change, cancellationToken)
        ?? throw new AllianceException(ChantierTexts.NotFound.Format(number));

    public async Task<ChantierSnapshot> SnapshotAsync(Chantier chantier, CancellationToken cancellationToken) =>
        ChantierSnapshot.Of(chantier, await members.ListAsync(chantier.AllianceId, chantier.Number, cancellationToken));

    public Task JournalAsync(Turn turn, string kind, Chantier chantier, LocalizedText sentence, string detail, CancellationToken cancellationToken) =>
        JournalAsync(turn, kind, chantier, sentence, new LocalizedText(detail, detail), cancellationToken);

    /// <summary>Appends the event; the sentence is written now, in both languages ({0} actor, {1} number, {2} title, {3} detail).</summary>
    public Task JournalAsync(Turn turn, string kind, Chantier chantier, LocalizedText sentence, LocalizedText detail, CancellationToken cancellationToken)
    {
        var french = sentence.Format(turn.From.Name, chantier.Number, chantier.Title, detail.French).French;
        var english = sentence.Format(turn.From.Name, chantier.Number, chantier.Title, detail.English).English;
        var entry = new JournalEntry(chantier.AllianceId, kind, turn.From.Key, turn.From.Name, Now, new LocalizedText(french, english))
        {
            ChantierId = chantier.Id,
            Data = detail.English.Length == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["detail"] = detail.English },
        };
        return journal.AppendAsync(entry, cancellationToken);
    }

    /// <summary>
    /// The card after a change: a fresh read of the chantier and its participants, placed as asked, and a refresh of
    /// every posting. The refresh renders the snapshot whose read started last (in this process), so that among
    /// concurrent changes the one applied last by the coalescing host is never an older picture; its reload reads
    /// the chantier again for hosts that version their renders across instances.
    /// </summary>
    public async Task<TurnResult> CardAsync(Turn turn, Chantier chantier, ChantierCardPlacement placement, CancellationToken cancellationToken)
    {
        var key = ChantierCard.Key(chantier.AllianceId, chantier.Number);
        var started = Stopwatch.GetTimestamp();
        var fresh = await chantiers.FindAsync(chantier.AllianceId, chantier.Number, cancellationToken) ?? chantier;
        var snapshot = await SnapshotAsync(fresh, cancellationToken);
        var latest = this.latest.AddOrUpdate(key, (started, snapshot), (_, known) => known.Started > started ? known : (started, snapshot));
        var refresh = new CardRefresh(key, language => ChantierCard.Render(this.latest.GetValueOrDefault(key, latest).Snapshot, language))
        {
            Reload = async reloadCancellation =>
            {
                var again = await chantiers.FindAsync(chantier.AllianceId, chantier.Number, reloadCancellation) ?? fresh;
                var reread = await SnapshotAsync(again, reloadCancellation);
                return language => ChantierCard.Render(reread, language);
            },
        };
        var result = placement switch
        {
            ChantierCardPlacement.ReplaceClicked => TurnResult.Of(new Reply(ChantierCard.Render(snapshot, turn.Language), ReplyTarget.ClickedCard)),
            ChantierCardPlacement.Here => TurnResult.Show(ChantierCard.Render(snapshot, turn.Language)),
            _ => TurnResult.Nothing,
        };
        return result.WithRefresh(refresh);
    }
}
