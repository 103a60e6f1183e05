using Coretet.Bot.Channels.BotFramework.Auth;
using Coretet.Bot.Channels.BotFramework.Inbound;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Channels.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    public const string ConnectorHttpClientName = "BotFramework.Connector";

    /// <summary>The Bot Framework/Teams channel and the platform-neutral reply dispatcher (see docs/botframework.md).</summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => BotFrameworkOptions.From(configuration));
        services.AddHttpClient(OpenIdConfigurations.HttpClientName);
        services.AddHttpClient(ConnectorHttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<OpenIdConfigurations>();
        services.AddSingleton<ChannelTokenValidator>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.TryAddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.AddSingleton<ConnectorRetryPolicy>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorHttpClientName),
            sp.GetRequiredService<IConnectorTokenProvider>(),
            sp.GetRequiredService<ConnectorRetryPolicy>(),
            sp.GetRequiredService<ConversationRateLimiter>()));
        services.AddSingleton<BotFrameworkReferences>();
        services.AddSingleton<IChannelSender, BotFrameworkChannelSender>();
        services.AddCardRefresh();
        services.TryAddSingleton<ReplyDispatcher>();
        services.TryAddSingleton<IReplyDispatcher>(sp => sp.GetRequiredService<ReplyDispatcher>());
        services.AddSingleton<ActivityReplier>();
        services.AddSingleton<InstallationDeduplicator>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddHostedService<BotFrameworkStartupCheck>();
        return services;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext context, MessagesEndpoint handler) => handler.HandleAsync(context));
        return endpoints;
    }
}
