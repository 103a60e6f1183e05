using System.Collections.Concurrent;
using Coretet.Bot.Channels;

namespace Coretet.Bot.Tests.Support;

/// <summary>Test double of <see cref="IConversationReferenceStore"/>; <see cref="BotHost"/> uses it when the host registers none.</summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<(string, string), ConversationReferenceRecord> records = new();

    public IReadOnlyCollection<ConversationReferenceRecord> All => [.. records.Values];

    public Task UpsertAsync(ConversationReferenceRecord record, CancellationToken cancellationToken = default)
    {
        records[(record.Platform, record.Key)] = record;
        return Task.CompletedTask;
    }

    public Task<ConversationReferenceRecord?> FindAsync(string platform, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(records.TryGetValue((platform, key), out var record) ? record : null);
}
