using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Storage.Chantiers;

namespace Coretet.Bot.Dialogs;

public static class ChantierRegistration
{
    /// <summary>
    /// The chantier capability: its flow, its table adapters and <see cref="IChantierDirectory"/> for the other
    /// capabilities. Plug into closings with <c>services.AddSingleton&lt;IChantierClosedListener, X&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddChantiers(this IServiceCollection services)
    {
        services.AddSingleton<ChantierTitleReservations>();
        services.AddSingleton<IChantierStore, TableChantierStore>();
        services.AddSingleton<IChantierMemberStore, TableChantierMemberStore>();
        services.AddSingleton<IChantierDirectory, ChantierDirectory>();
        services.AddSingleton<Flow, ChantierFlow>();
        return services;
    }
}
