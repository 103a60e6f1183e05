using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Texts;

/// <summary>
/// A rule sends the user somewhere else instead of doing what they asked (a non-ally is shown the charter with its
/// sign button). Nothing was changed; the router answers with <see cref="Result"/>.
/// </summary>
public sealed class TurnRedirectException : Exception
{
    public TurnRedirectException(TurnResult result)
        : base("The turn was redirected.")
    {
        Result = result;
    }

    public TurnRedirectException()
        : this(TurnResult.Nothing)
    {
    }

    public TurnRedirectException(string message)
        : this(TurnResult.Nothing)
    {
        _ = message;
    }

    public TurnRedirectException(string message, Exception innerException)
        : base(message, innerException)
    {
        Result = TurnResult.Nothing;
    }

    public TurnResult Result { get; }
}
