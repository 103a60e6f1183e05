using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;

namespace Coretet.Bot.Dialogs.Tests.Charter.Fakes;

/// <summary>Alliances kept as copies, so that a change that is not written is not seen (as with a real store).</summary>
internal sealed class InMemoryAllianceStore : IAllianceStore
{
    private readonly ConcurrentDictionary<string, Alliance> alliances = new();
    private readonly ConcurrentDictionary<string, string> addresses = new();
    private readonly Lock gate = new();

    public int Writes { get; private set; }

    public Task<Alliance?> FindAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult(alliances.TryGetValue(allianceId, out var a) ? Copy(a) : null);

    public Task CreateAsync(Alliance alliance, CancellationToken cancellationToken)
    {
        if (!alliances.TryAdd(alliance.Id, Copy(alliance)))
            throw new InvalidOperationException("duplicate alliance id");
        return Task.CompletedTask;
    }

    public Task<Alliance> ChangeAsync(string allianceId, Func<Alliance, bool> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var copy = Copy(alliances[allianceId]);
            if (change(copy))
            {
                alliances[allianceId] = Copy(copy);
                Writes++;
            }

            return Task.FromResult(copy);
        }
    }

    public Task<string?> FindIdByAddressAsync(string address, CancellationToken cancellationToken) =>
        Task.FromResult(addresses.TryGetValue(address, out var id) ? id : null);

    public Task<bool> TryAddAddressAsync(string address, string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult(addresses.TryAdd(address, allianceId));

    public Task SetAddressAsync(string address, string allianceId, CancellationToken cancellationToken)
    {
        addresses[address] = allianceId;
        return Task.CompletedTask;
    }

    public static Alliance Copy(Alliance source)
    {
        var copy = new Alliance(source.Id, source.Name, []) { CreatedAt = source.CreatedAt };
        foreach (var id in source.Facilitators)
            copy.RestoreFacilitator(id, source.FacilitatorName(id));
        copy.ChangeSettings(source.Settings);
        foreach (var conversation in source.Conversations)
            copy.AttachConversation(conversation);
        return copy;
    }
}
