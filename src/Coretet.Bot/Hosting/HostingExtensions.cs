namespace Coretet.Bot.Hosting;

public static class HostingExtensions
{
    /// <summary>The Bot Framework convention: http://localhost:3978 unless <c>--urls</c> or ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplicationBuilder UseBotDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        return endpoints;
    }
}
