namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>A stored aggregate and the opaque version (ETag) it was read at, for optimistic concurrency.</summary>
public sealed record Versioned<T>(T Value, string Version);
