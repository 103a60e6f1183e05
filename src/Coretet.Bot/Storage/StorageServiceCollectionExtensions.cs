using Azure.Identity;
using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Stores;
using Coretet.Bot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The table layer (<see cref="ITableServiceClient"/>, <see cref="TableStore"/>) on Azure Table Storage when
    /// <c>ConnectionStrings:Tables</c> is set, else on the embedded store at <c>Storage:EmbeddedPath</c>; and the
    /// table adapters of the shared ports (conversation references, posted cards, claims).
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITableServiceClient>(sp => CreateTableService(sp, configuration));
        services.AddSingleton<AzureCoreLogForwarder>();
        services.AddSingleton<TableStore>();
        services.AddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        services.AddSingleton<IPostedCardStore, TablePostedCardStore>();
        services.AddSingleton<IClaimStore, TableClaimStore>();
        services.AddHostedService<StorageStartupLog>();
        return services;
    }

    private static ITableServiceClient CreateTableService(IServiceProvider services, IConfiguration configuration)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var account = TableAccount.Parse(connectionString);
            services.GetRequiredService<AzureCoreLogForwarder>();
            var credential = account.Authentication == TableAuthentication.EntraId ? new DefaultAzureCredential() : null;
            return new AzureTableServiceClient(account, credential, ClientOptions(options));
        }
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var path = Path.Combine(root, string.IsNullOrWhiteSpace(options.EmbeddedPath) ? "data" : options.EmbeddedPath);
        return new EmbeddedTableServiceClient(path, services.GetRequiredService<TimeProvider>());
    }

    private static AzureTableClientOptions ClientOptions(StorageOptions options)
    {
        var client = new AzureTableClientOptions();
        if (options.NetworkTimeout is { } timeout && timeout > TimeSpan.Zero)
            client.Retry.NetworkTimeout = timeout;
        if (options.MaxRetries is { } retries && retries >= 0)
            client.Retry.MaxRetries = retries;
        return client;
    }
}
