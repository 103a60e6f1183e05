using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Chantiers;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

/// <summary>In-memory <see cref="IChantierMemberStore"/>: one entry per (alliance, chantier, ally), like the table.</summary>
internal sealed class InMemoryChantierMemberStore : IChantierMemberStore
{
    private readonly ConcurrentDictionary<(string Alliance, int Number, string Ally), ChantierMember> members = new();

    public Task<bool> AddAsync(string allianceId, int number, ChantierMember member, CancellationToken cancellationToken) =>
        Task.FromResult(members.TryAdd((allianceId, number, member.AllyId), member));

    public Task<bool> RemoveAsync(string allianceId, int number, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(members.TryRemove((allianceId, number, allyId), out _));

    public Task<IReadOnlyList<ChantierMember>> ListAsync(string allianceId, int number, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChantierMember> list = [.. members.Where(m => m.Key.Alliance == allianceId && m.Key.Number == number).Select(m => m.Value)];
        return Task.FromResult(list);
    }

    public Task<IReadOnlyDictionary<int, IReadOnlyList<ChantierMember>>> ListAllAsync(string allianceId, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<int, IReadOnlyList<ChantierMember>> all = members
            .Where(m => m.Key.Alliance == allianceId)
            .GroupBy(m => m.Key.Number)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ChantierMember>)[.. g.Select(m => m.Value)]);
        return Task.FromResult(all);
    }
}
