namespace Coretet.Bot.Channels;

/// <summary>What <see cref="CardRenderState.Complete"/> decided: the state to store, and whether the caller sends again (as <see cref="ResendAs"/>).</summary>
public sealed record CardRenderCompletion(CardRenderState State, long? ResendAs)
{
    public static CardRenderCompletion Done(CardRenderState state) => new(state, null);

    /// <summary><paramref name="state"/> holds a fresh reservation for the caller: reload, render and update again.</summary>
    public static CardRenderCompletion SendAgain(CardRenderState state) => new(state, state.Reserved);
}
