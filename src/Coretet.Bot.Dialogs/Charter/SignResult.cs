using Coretet.Bot.Dialogs.Alliances;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>What a signature did, the stored ally record, and the version signed.</summary>
public sealed record SignResult(SignatureOutcome Outcome, Ally Ally, CharterVersion Version);
