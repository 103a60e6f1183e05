namespace Coretet.Bot.Channels.Slack;

public static class SlackServiceCollectionExtensions
{
    // REVIEW: filled by the Slack issue (#8).
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints) => endpoints;
}
