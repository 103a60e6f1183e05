using System.Text.Json;

namespace Coretet.Bot.Tests.Support;

/// <summary>What the official Adaptive Cards renderer (and tests/tools/validate-card.js) said about one card.</summary>
public sealed record CardValidationResult(IReadOnlyList<JsonElement> Errors, IReadOnlyList<JsonElement> Warnings)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The <c>event</c> names of the errors (e.g. <c>UnknownElementType</c>, <c>UnsupportedCardVersion</c>).</summary>
    public IReadOnlyList<string> ErrorEvents => Errors.Select(e => e.GetProperty("event").GetString() ?? "").ToList();

    public override string ToString() => string.Join('\n', Errors.Concat(Warnings).Select(e => e.GetRawText()));
}
