using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage;

/// <summary>Opens the store at start-up (so a broken configuration fails fast) and logs which store is used and where.</summary>
internal sealed class StorageStartupLog(ITableServiceClient tables, ILogger<StorageStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Storage: {Store}", tables.Description);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
