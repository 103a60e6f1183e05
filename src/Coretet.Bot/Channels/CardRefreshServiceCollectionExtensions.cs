using Coretet.Bot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Channels;

public static class CardRefreshServiceCollectionExtensions
{
    /// <summary>Card refreshes: coalesced per card in this process, render-versioned on the shared posted-card rows across instances.</summary>
    public static IServiceCollection AddCardRefresh(this IServiceCollection services)
    {
        services.TryAddSingleton<CardRefreshCoalescer>();
        services.TryAddSingleton<IPostedCardVersions, TablePostedCardVersions>();
        services.TryAddSingleton<PostedCardRefresher>();
        return services;
    }
}
