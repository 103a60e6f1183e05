namespace Coretet.Bot.Channels.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    // REVIEW: filled by the foundation issue (#2).
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints) => endpoints;
}
