using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Files;

/// <summary>
/// Turns every <see cref="FileView"/> meant for one person into a message with a short-lived download link, sent
/// to that person only: in their 1:1 chat when the request came from there, otherwise as a direct message (with a
/// short note where they asked). Files posted to a whole conversation (no single requester) are left as they are.
/// </summary>
public sealed partial class FileLinkFilter(
    TableFileStore store,
    IOptions<FileLinkOptions> options,
    PublicBaseUrl baseUrl,
    TimeProvider time,
    ILogger<FileLinkFilter> logger) : ITurnResultFilter
{
    public async Task<TurnResult> ApplyAsync(Turn turn, TurnResult result, CancellationToken cancellationToken)
    {
        if (!result.Replies.Any(r => r.View is FileView))
            return result;
        var replies = new List<Reply>();
        foreach (var reply in result.Replies)
            replies.AddRange(reply.View is FileView file ? await DeliverAsync(turn, reply.Target, file, cancellationToken) : [reply]);
        return result with { Replies = replies };
    }

    private async Task<IReadOnlyList<Reply>> DeliverAsync(Turn turn, ReplyTarget target, FileView file, CancellationToken cancellationToken)
    {
        var requester = target switch
        {
            DirectTarget direct => direct.User,
            HereTarget or ClickedCardTarget => turn.From,
            _ => null,
        };
        if (requester is null)
            return [new Reply(file, target)];
        var settings = options.Value;
        if (file.Content.LongLength > settings.MaxBytes)
            return [Reply.Here(FileTexts.TooLarge.Format(file.FileName, Mebibytes(file.Content.LongLength), Mebibytes(settings.MaxBytes)).In(turn.Language))];

        var link = await StoreAsync(file, requester, cancellationToken);
        var minutes = (int)Math.Ceiling(settings.LinkLifetime.TotalMinutes);
        var text = (settings.BindToFirstBrowser ? FileTexts.Link : FileTexts.LinkUnbound).Format(file.Caption, file.FileName, link, minutes).In(turn.Language);
        if (target is DirectTarget || turn.Conversation.Kind == ConversationKind.Personal)
            return [new Reply(new MessageView(text), target)];
        return
        [
            new Reply(new MessageView(text), new DirectTarget(requester)),
            Reply.Here(FileTexts.SentPrivately.Format(file.FileName).In(turn.Language)),
        ];
    }

    private async Task<string> StoreAsync(FileView file, UserRef requester, CancellationToken cancellationToken)
    {
        var token = FileTokens.NewToken();
        var hash = FileTokens.Hash(token);
        var now = time.GetUtcNow();
        var stored = new StoredFile(file.FileName, file.ContentType, file.Content.LongLength, TableFileStore.ChunkCount(file.Content.LongLength),
            requester.Key, now, now + options.Value.LinkLifetime);
        await store.SaveAsync(hash, stored, file.Content, cancellationToken);
        LogStored(logger, file.FileName, file.Content.LongLength, requester.Key, hash[..12]);
        return $"{baseUrl.Resolve()}/api/files/{token}";
    }

    private static string Mebibytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "File {FileName} ({Size} bytes) stored for {User} behind link {LinkId}")]
    private static partial void LogStored(ILogger logger, string fileName, long size, string user, string linkId);
}
