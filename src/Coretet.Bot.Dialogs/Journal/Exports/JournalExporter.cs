using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>Gathers an export (public entries of the scope, oldest first; allies' public facts; chantiers; rounds'
/// full records when consensus is available; experiences and principles when capture is) and writes it in a format.</summary>
public sealed class JournalExporter(
    IJournalReader journal,
    IAllyDirectory allies,
    IEnumerable<IChantierDirectory> chantiers,
    RoundAccess? rounds,
    TimeProvider clock,
    IExperienceStore? experiences = null,
    IPrincipleStore? principles = null)
{
    private readonly IChantierDirectory? chantierDirectory = chantiers.FirstOrDefault();

    public async Task<JournalExport> GatherAsync(Alliance alliance, ChantierSummary? chantier, Language language, CancellationToken cancellationToken)
    {
        var entries = new List<JournalEntry>();
        await foreach (var entry in journal.ReadAllAsync(alliance.Id, new JournalFilter(ChantierId: chantier?.Id), cancellationToken))
        {
            if (JournalPrivacy.Public(entry) is { } shown)
                entries.Add(shown);
        }

        entries.Reverse();
        var everyone = (await allies.ListAsync(alliance.Id, cancellationToken)).Select(ExportedAlly.Of);
        var scope = chantier is null ? ExportTexts.WholeAlliance : ExportTexts.OneChantier.Format(chantier.Id, chantier.Title);
        var (shared, drawn) = await CaptureAsync(alliance.Id, chantier, cancellationToken);
        return new JournalExport(alliance.Id, alliance.Name, alliance.TimeZone, scope, clock.GetUtcNow(), language)
        {
            ChantierId = chantier?.Id,
            Entries = entries,
            Allies = chantier is null ? [.. everyone] : [.. everyone.Where(a => chantier.IsMember(a.Id) || entries.Exists(e => e.ActorId == a.Id))],
            Chantiers = chantier is not null ? [chantier]
                : chantierDirectory is null ? [] : await chantierDirectory.ListAsync(alliance.Id, includeClosed: true, cancellationToken),
            Rounds = await RoundsAsync(alliance.Id, chantier, cancellationToken),
            Experiences = shared,
            Principles = drawn,
        };
    }

    private async Task<(IReadOnlyList<Experience>, IReadOnlyList<Principle>)> CaptureAsync(string allianceId, ChantierSummary? chantier, CancellationToken cancellationToken)
    {
        var shared = experiences is null ? [] : (await experiences.ListAsync(allianceId, DateTimeOffset.MinValue, cancellationToken))
            .Where(e => !e.NothingToReport && (chantier is null || e.ChantierId == chantier.Id))
            .OrderBy(e => e.At)
            .ToList();
        var ids = shared.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var drawn = principles is null ? [] : (await principles.ListAsync(allianceId, cancellationToken))
            .Where(p => chantier is null || p.ExperienceIds.Any(ids.Contains))
            .OrderBy(p => p.ProposedAt)
            .ToList();
        return (shared, drawn);
    }

    private async Task<IReadOnlyList<RoundSnapshot>> RoundsAsync(string allianceId, ChantierSummary? chantier, CancellationToken cancellationToken)
    {
        var records = new List<RoundSnapshot>();
        if (rounds is null)
            return records;
        foreach (var round in (await rounds.Rounds.ListAsync(allianceId, cancellationToken)).OrderBy(r => r.Number))
        {
            if (chantier is null || round.Scope.ChantierId == chantier.Id)
                records.Add(new RoundSnapshot(round, await rounds.Positions.ListAsync(round.Id, cancellationToken), null));
        }

        return records;
    }

    public static FileView Render(JournalExport export, ExportFormat format, string caption)
    {
        var name = FileStem(export);
        return format switch
        {
            ExportFormat.Csv => new FileView(name + "-csv.zip", "application/zip", CsvExport.Write(export), caption),
            ExportFormat.Json => new FileView(name + ".json", "application/json; charset=utf-8", JsonExport.Write(export), caption),
            _ => new FileView(name + ".md", "text/markdown; charset=utf-8", MarkdownExport.Write(export), caption),
        };
    }

    private static string FileStem(JournalExport export)
    {
        var date = export.GeneratedAt.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return export.ChantierId is null ? $"journal-{date}" : $"journal-chantier-{CsvExport.FileName(export.ChantierId)[..^4]}-{date}";
    }
}
