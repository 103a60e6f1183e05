using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Coretet.Bot.Files;

/// <summary>
/// <c>GET /api/files/{token}</c>: 404 for an unknown or malformed token, 410 once expired (and the file is deleted),
/// 403 when another browser already opened the link, otherwise the file as an attachment. The token is a bearer
/// secret: the only identity a browser shows here is the cookie this endpoint set on first use.
/// </summary>
public sealed partial class FilesEndpoint(TableFileStore store, IOptions<FileLinkOptions> options, TimeProvider time, ILogger<FilesEndpoint> logger)
{
    public const string CookieName = "coretet_file";

    public async Task HandleAsync(HttpContext context, string token)
    {
        var cancellationToken = context.RequestAborted;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var hash = FileTokens.IsWellFormed(token) ? FileTokens.Hash(token) : null;
        var file = hash is null ? null : await store.FindAsync(hash, cancellationToken);
        if (hash is null || file is null)
        {
            await TextAsync(context, StatusCodes.Status404NotFound, FileTexts.NotFound);
            return;
        }

        if (file.IsExpired(time.GetUtcNow()))
        {
            LogExpired(logger, hash[..12]);
            await store.DeleteAsync(hash, cancellationToken);
            await TextAsync(context, StatusCodes.Status410Gone, FileTexts.Expired);
            return;
        }

        if (options.Value.BindToFirstBrowser && !await IsOwnBrowserAsync(context, token, hash, file, cancellationToken))
        {
            LogOtherBrowser(logger, hash[..12], file.UserKey);
            await TextAsync(context, StatusCodes.Status403Forbidden, FileTexts.OtherBrowser);
            return;
        }

        await SendAsync(context, hash, file, cancellationToken);
    }

    private async Task<bool> IsOwnBrowserAsync(HttpContext context, string token, string hash, StoredFile file, CancellationToken cancellationToken)
    {
        var secret = context.Request.Cookies[CookieName];
        if (file.BrowserHash is not null)
            return FileTokens.IsWellFormed(secret) && FileTokens.Hash(secret!) == file.BrowserHash;

        secret = FileTokens.NewToken();
        var owner = await store.BindBrowserAsync(hash, FileTokens.Hash(secret), cancellationToken);
        if (owner != FileTokens.Hash(secret))
            return false;
        context.Response.Cookies.Append(CookieName, secret, new CookieOptions
        {
            Path = $"/api/files/{token}",
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
            MaxAge = file.ExpiresAt - time.GetUtcNow(),
        });
        return true;
    }

    private async Task SendAsync(HttpContext context, string hash, StoredFile file, CancellationToken cancellationToken)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        var response = context.Response;
        response.ContentType = file.ContentType;
        response.ContentLength = file.Size;
        response.Headers.ContentDisposition = disposition.ToString();
        LogServed(logger, hash[..12], file.UserKey);
        await foreach (var part in store.ReadAsync(hash, file, cancellationToken))
        {
            if (part is not { } bytes)
            {
                // Cleaned up while being read: the client sees a short body, which it treats as a failed download.
                context.Abort();
                return;
            }

            await response.Body.WriteAsync(bytes, cancellationToken);
        }
    }

    private static async Task TextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Download link {LinkId} used after expiry")]
    private static partial void LogExpired(ILogger logger, string linkId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Download link {LinkId} of {User} refused: opened by another browser first")]
    private static partial void LogOtherBrowser(ILogger logger, string linkId, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Download link {LinkId} of {User} served")]
    private static partial void LogServed(ILogger logger, string linkId, string user);
}
