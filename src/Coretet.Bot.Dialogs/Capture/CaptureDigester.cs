using Coretet.Bot.Dialogs.Alliances;
using System.Globalization;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Weekly chantier digests: on Monday from 09:00 (the schedule's time zone) or any later day of the week, the
/// previous period's experiences of each chantier with a linked channel, grouped by question with their authors.
/// Nothing is posted when there is nothing to say; each (chantier, week) is claimed before posting.
/// </summary>
public sealed class CaptureDigester(
    ICaptureScheduleStore schedules,
    IChantierDirectory chantiers,
    IExperienceStore experiences,
    IClaimStore claims,
    IPromptSender sender,
    CaptureOptions options,
    TimeProvider clock,
    IAllianceStore alliances)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var posted = 0;
        var alliances = (await schedules.ListAllAsync(cancellationToken))
            .GroupBy(s => s.AllianceId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, TimeZone: g.First().TimeZone));
        foreach (var (allianceId, timeZone) in alliances)
            posted += await DigestAllianceAsync(allianceId, timeZone, cancellationToken);
        return posted;
    }

    private async Task<int> DigestAllianceAsync(string allianceId, string timeZone, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), CaptureZones.Find(timeZone));
        if (local.DayOfWeek == DayOfWeek.Monday && local.Hour < 9)
            return 0;
        var weekStart = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        var periodEnd = new DateTimeOffset(weekStart, local.Offset);
        var periodStart = periodEnd.AddDays(-Math.Max(1, options.DigestPeriodDays));
        var recent = await experiences.ListAsync(allianceId, periodStart, cancellationToken);
        var posted = 0;
        Turns.Language? language = null;
        foreach (var chantier in await chantiers.ListAsync(allianceId, includeClosed: false, cancellationToken))
        {
            var items = recent.Where(e => e.ChantierId == chantier.Id && e.At < periodEnd && !e.NothingToReport).ToList();
            if (items.Count == 0 || chantier.LinkedConversation is not { } channel)
                continue;
            var week = ISOWeek.GetYear(weekStart).ToString(CultureInfo.InvariantCulture) + "W" + ISOWeek.GetWeekOfYear(weekStart).ToString("00", CultureInfo.InvariantCulture);
            if (!await claims.TryClaimAsync(CaptureKeys.DigestClaimScope, $"{allianceId}|{chantier.Id}|{week}", cancellationToken))
                continue;
            // A channel has many readers: the digest speaks the alliance's default language.
            language ??= (await alliances.FindAsync(allianceId, cancellationToken))?.DefaultLanguage ?? Turns.Language.French;
            var view = CaptureViews.Digest(chantier, items, DateOnly.FromDateTime(periodStart.DateTime), language.Value);
            await sender.SendAsync(new Reply(view, new ConversationTarget(channel)), cancellationToken);
            posted++;
        }

        return posted;
    }
}
