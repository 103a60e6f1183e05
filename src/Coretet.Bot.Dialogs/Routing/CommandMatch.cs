namespace Coretet.Bot.Dialogs.Routing;

/// <summary>A recognised command and the rest of the text after its words (trimmed, original case).</summary>
public sealed record CommandMatch(CommandSpec Command, string Arguments);
