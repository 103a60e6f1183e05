using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Coretet.Bot.Channels.BotFramework.Schema;

namespace Coretet.Bot.Channels.BotFramework.Outbound;

/// <summary>
/// The Connector REST calls the bot makes (fact sheet §3.3), relative to the conversation's serviceUrl, with
/// escaped ids, the bot token (none without an app id), the per-conversation rate limit and retries.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ConnectorRetryPolicy retries, ConversationRateLimiter limiter)
{
    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        WriteAsync<ResourceResponse>(HttpMethod.Post, Url(serviceUrl, Activities(conversationId)), conversationId, activity, cancellationToken);

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        activity.ReplyToId = activityId;
        return WriteAsync<ResourceResponse>(HttpMethod.Post, Url(serviceUrl, Activity(conversationId, activityId)), conversationId, activity, cancellationToken);
    }

    /// <summary>PUT: the new activity replaces the earlier message in place.</summary>
    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = activityId;
        return WriteAsync<ResourceResponse>(HttpMethod.Put, Url(serviceUrl, Activity(conversationId, activityId)), conversationId, activity, cancellationToken);
    }

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(conversationId, cancellationToken);
        using var response = await SendWithRetriesAsync(() => new HttpRequestMessage(HttpMethod.Delete, Url(serviceUrl, Activity(conversationId, activityId))), cancellationToken);
    }

    /// <summary>Opens (or finds) a 1:1 conversation for a proactive message; Teams needs the tenant (fact sheet §3.4).</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        WriteAsync<ConversationResourceResponse>(HttpMethod.Post, Url(serviceUrl, "v3/conversations"), CreateLimitKey(parameters), parameters, cancellationToken);

    /// <summary>
    /// Teams limits "create conversation" per bot per thread (fact sheet §5): the thread is the chat being opened, so
    /// the key is the tenant and its members. Keyed by tenant alone, every 1:1 chat the bot opens would share one
    /// 60-per-30-s budget, i.e. two new chats a second for the whole tenant (measured: mass signatures at 2/s).
    /// </summary>
    internal static string CreateLimitKey(ConversationParameters parameters) =>
        $"create:{parameters.TenantId}:{string.Join(',', (parameters.Members ?? []).Select(m => m.Id).Order(StringComparer.Ordinal))}";

    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = $"?pageSize={pageSize}" + (continuationToken is null ? "" : "&continuationToken=" + Uri.EscapeDataString(continuationToken));
        var url = Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/pagedmembers{query}");
        using var response = await SendWithRetriesAsync(() => new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
        return await response.Content.ReadFromJsonAsync<PagedMembersResult>(BotFrameworkJson.Options, cancellationToken) ?? new PagedMembersResult();
    }

    /// <summary>Every member, following continuation tokens.</summary>
    public async Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var members = new List<ChannelAccount>();
        string? token = null;
        do
        {
            var page = await GetPagedMembersAsync(serviceUrl, conversationId, 500, token, cancellationToken);
            members.AddRange(page.Members ?? []);
            token = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (token is not null);
        return members;
    }

    private async Task<T> WriteAsync<T>(HttpMethod method, Uri url, string limitKey, object body, CancellationToken cancellationToken)
        where T : new()
    {
        await limiter.WaitAsync(limitKey, cancellationToken);
        using var response = await SendWithRetriesAsync(() => new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, body.GetType(), options: BotFrameworkJson.Options) }, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            return new T();
        return await response.Content.ReadFromJsonAsync<T>(BotFrameworkJson.Options, cancellationToken) ?? new T();
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        return await retries.SendAsync(http, () =>
        {
            var message = request();
            if (token is not null)
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return message;
        }, cancellationToken);
    }

    private static string Activities(string conversationId) => $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    private static string Activity(string conversationId, string activityId) => $"{Activities(conversationId)}/{Uri.EscapeDataString(activityId)}";

    private static Uri Url(string serviceUrl, string path) => new(new Uri(serviceUrl.TrimEnd('/') + "/"), path);
}
