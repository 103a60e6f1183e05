namespace Coretet.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    // REVIEW: filled by the storage issue (#3): Azure Table client or embedded store, chosen from configuration.
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration) => services;
}
