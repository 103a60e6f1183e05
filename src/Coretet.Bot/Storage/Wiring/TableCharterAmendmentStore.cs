using System.Text.Json;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Wiring;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Wiring;

/// <summary>Table <c>CharterAmendments</c>: PartitionKey = alliance (encoded), RowKey = amendment id (encoded); written once.</summary>
internal sealed class TableCharterAmendmentStore(TableStore store) : ICharterAmendmentStore
{
    public const string TableName = "CharterAmendments";

    public async Task SaveAsync(CharterAmendment amendment, CancellationToken cancellationToken) =>
        await (await Table(cancellationToken)).UpsertEntityAsync(new TableEntity(TableKeys.Encode(amendment.AllianceId), TableKeys.Encode(amendment.Id))
        {
            ["Draft"] = JsonSerializer.Serialize(amendment.Draft),
            ["Platform"] = amendment.ProposedBy.Platform,
            ["UserId"] = amendment.ProposedBy.Id,
            ["UserName"] = amendment.ProposedBy.Name,
            ["ProposedAt"] = amendment.ProposedAt,
            ["RoundId"] = amendment.RoundId,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<CharterAmendment?> FindAsync(string allianceId, string amendmentId, CancellationToken cancellationToken)
    {
        var e = await (await Table(cancellationToken)).FindAsync(TableKeys.Encode(allianceId), TableKeys.Encode(amendmentId), cancellationToken);
        if (e is null || JsonSerializer.Deserialize<CharterDraft>(e.GetString("Draft") ?? "null") is not { } draft)
            return null;
        var user = new UserRef(e.GetString("Platform") ?? "", e.GetString("UserId") ?? "", e.GetString("UserName") ?? "");
        return new CharterAmendment(amendmentId, allianceId, draft, user, e.GetDateTimeOffset("ProposedAt") ?? DateTimeOffset.MinValue) { RoundId = e.GetString("RoundId") };
    }

    private Task<ITableClient> Table(CancellationToken cancellationToken) => store.GetTableAsync(TableName, cancellationToken);
}
