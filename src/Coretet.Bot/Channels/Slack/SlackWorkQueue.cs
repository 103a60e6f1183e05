using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Slack wants an answer within 3 s (protocols/slack.md §2), so verified requests are acknowledged at once and
/// processed here by a bounded number of workers. A full queue refuses (Slack retries events); a failure is
/// logged with the event id; work still queued at shutdown is logged as not processed — never lost silently.
/// </summary>
internal sealed partial class SlackWorkQueue(
    SlackTurnProcessor processor, IOptions<SlackOptions> options, ILogger<SlackWorkQueue> logger) : BackgroundService
{
    private readonly Channel<SlackWorkItem> channel = Channel.CreateBounded<SlackWorkItem>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.Wait });

    private int pending;

    public bool TryEnqueue(SlackWorkItem item)
    {
        Interlocked.Increment(ref pending);
        if (channel.Writer.TryWrite(item))
            return true;
        Interlocked.Decrement(ref pending);
        LogQueueFull(logger, item.Kind, item.EventId);
        return false;
    }

    /// <summary>Completes when nothing is queued or running (tests wait on it instead of sleeping).</summary>
    internal async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref pending) > 0)
            await Task.Delay(10, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, Math.Max(1, options.Value.MaxConcurrency)).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
        while (channel.Reader.TryRead(out var left))
            LogNotProcessed(logger, left.Kind, left.EventId);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await channel.Reader.WaitToReadAsync(stoppingToken))
            {
                while (channel.Reader.TryRead(out var item))
                    await RunAsync(item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what is left is logged by ExecuteAsync.
        }
    }

    private async Task RunAsync(SlackWorkItem item, CancellationToken stoppingToken)
    {
        try
        {
            await processor.ProcessAsync(item, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogNotProcessed(logger, item.Kind, item.EventId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, item.Kind, item.EventId, ex);
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack {Kind} (event {EventId}) accepted but failed")]
    private static partial void LogFailed(ILogger logger, SlackPayloadKind kind, string? eventId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack queue full; {Kind} (event {EventId}) refused, Slack will retry")]
    private static partial void LogQueueFull(ILogger logger, SlackPayloadKind kind, string? eventId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack {Kind} (event {EventId}) accepted but not processed before shutdown")]
    private static partial void LogNotProcessed(ILogger logger, SlackPayloadKind kind, string? eventId);
}
