namespace Coretet.Bot.Channels.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>The Slack adapter (docs/slack.md): options from section <c>Slack</c>, Web API client, queue, sender.</summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.Section))
            .Validate(
                o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.SigningSecret) || !string.IsNullOrWhiteSpace(o.AppToken),
                "Slack:BotToken is set but Slack:SigningSecret is empty: every Slack request would be refused.")
            .Validate(o => o.ApiBaseUrl.IsAbsoluteUri, "Slack:ApiBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddHttpClient(SlackApiClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackChannelPacer>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackBlockKitRenderer>();
        services.AddSingleton<SlackUserDirectory>();
        services.AddSingleton<SlackTurnFactory>();
        services.AddSingleton<SlackInteractionTurns>();
        services.AddSingleton<SlackConversationReferences>();
        services.AddSingleton<SlackReplier>();
        services.AddSingleton<SlackTurnProcessor>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackWorkQueue>());
        services.AddHostedService<SlackSocketModeClient>();
        services.AddSingleton<SlackEndpoints>();
        services.AddSingleton<IChannelSender, SlackChannelSender>();
        return services;
    }

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/slack");
        group.MapPost("/events", (HttpContext http, SlackEndpoints slack) => slack.EventsAsync(http));
        group.MapPost("/commands", (HttpContext http, SlackEndpoints slack) => slack.CommandsAsync(http));
        group.MapPost("/interactions", (HttpContext http, SlackEndpoints slack) => slack.InteractionsAsync(http));
        return endpoints;
    }
}
