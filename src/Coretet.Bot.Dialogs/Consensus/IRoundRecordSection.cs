using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// What another capability adds to a round's full record (<c>décision &lt;n&gt;</c>), after the outcome: the
/// decision review, for example. Register with <c>services.AddSingleton&lt;IRoundRecordSection, MySection&gt;()</c>.
/// </summary>
public interface IRoundRecordSection
{
    Task<IReadOnlyList<CardElement>> RenderAsync(Round round, Language language, string readerZone, CancellationToken cancellationToken);
}
