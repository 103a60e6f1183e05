using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;

namespace Coretet.Bot.Dialogs.Tests.Charter.Fakes;

internal sealed class InMemoryLinkCodeStore : ILinkCodeStore
{
    private readonly ConcurrentDictionary<string, LinkCode> codes = new();

    public Task AddAsync(LinkCode code, CancellationToken cancellationToken)
    {
        codes[code.Code] = code;
        return Task.CompletedTask;
    }

    public Task<LinkCode?> TakeAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(codes.TryRemove(code, out var taken) ? taken : null);
}
