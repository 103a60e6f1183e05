namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Where the updated chantier card goes after a change (every other posting is refreshed in any case).</summary>
internal enum ChantierCardPlacement
{
    /// <summary>A button of the card itself was pressed: the card is a posting, the refresh updates it with the others.
    /// One coalesced refresh instead of one update per press keeps bursts (100 joins) under the Teams rate limits.</summary>
    RefreshOnly,

    /// <summary>A form was submitted: the card replaces it.</summary>
    ReplaceClicked,

    /// <summary>A typed command: the card is posted here.</summary>
    Here,
}
