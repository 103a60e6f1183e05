namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>What a signature did.</summary>
public enum SignatureOutcome
{
    /// <summary>A first signature.</summary>
    Signed,

    /// <summary>The ally had already signed this version (or a later one): nothing changed.</summary>
    AlreadySigned,

    /// <summary>The ally signed an earlier version and confirmed this one.</summary>
    Reconfirmed,

    /// <summary>The ally had withdrawn and signed again.</summary>
    SignedAgain,
}
