using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

/// <summary>The real host (with its own temporary store), for its <see cref="DialogRouter"/> as registered in DI.</summary>
public sealed class HostRouter : IAsyncLifetime
{
    private BotHost? host;

    public DialogRouter Router => host?.Get<DialogRouter>() ?? throw new InvalidOperationException("Host not started.");

    public async Task InitializeAsync() => host = await BotHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }
}
