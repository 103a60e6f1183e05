namespace Coretet.Bot.Dialogs.Views;

/// <summary>What a flow answers: zero or more replies, in order, and cards to refresh wherever they were posted.</summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies)
{
    public static readonly TurnResult Nothing = new([]);

    public IReadOnlyList<CardRefresh> Refreshes { get; init; } = [];

    public static TurnResult Of(params Reply[] replies) => new(replies);

    public static TurnResult Text(string text) => new([Reply.Here(text)]);

    public static TurnResult Show(View view) => new([Reply.Here(view)]);

    /// <summary>This result followed by <paramref name="other"/>'s replies and refreshes.</summary>
    public TurnResult Then(TurnResult other) =>
        new([.. Replies, .. other.Replies]) { Refreshes = [.. Refreshes, .. other.Refreshes] };

    public TurnResult WithRefresh(CardRefresh refresh) => this with { Refreshes = [.. Refreshes, refresh] };
}
