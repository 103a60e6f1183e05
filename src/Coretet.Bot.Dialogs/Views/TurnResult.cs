namespace Coretet.Bot.Dialogs.Views;

/// <summary>What a flow answers: zero or more replies, in order.</summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies)
{
    public static readonly TurnResult Nothing = new([]);

    public static TurnResult Of(params Reply[] replies) => new(replies);

    public static TurnResult Text(string text) => new([Reply.Here(text)]);

    public static TurnResult Show(View view) => new([Reply.Here(view)]);
}
