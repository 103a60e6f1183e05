namespace Coretet.Bot.Channels;

/// <summary>
/// The render version kept on one posted copy of a card (its <c>PostedCards</c> row), so that instances refreshing
/// the same message never leave an older render on it. An instance <see cref="Reserve"/>s a version, only then reads
/// the card's state and renders it, updates the message unless <see cref="IsSuperseded"/>, and then
/// <see cref="Complete"/>s. A platform update (Teams updateActivity, Slack chat.update) has no condition, so two
/// updates in flight at once may land in either order: completing detects it and tells the last one to send again.
/// </summary>
/// <param name="Reserved">The newest version any instance reserved (0: none since the card was posted).</param>
/// <param name="Sent">The newest version whose update completed while it was still the newest reservation.</param>
/// <param name="Dirty">An older update finished after a newer one was reserved and may have landed after it: the
/// holder of the newest reservation must send once more when it completes.</param>
public readonly record struct CardRenderState(long Reserved, long Sent, bool Dirty)
{
    /// <summary>The next version (<see cref="Reserved"/> of the result). Whoever sends after this covers any earlier stray update.</summary>
    public CardRenderState Reserve() => this with { Reserved = Reserved + 1, Dirty = false };

    /// <summary>A newer version was reserved: its render reads the state later, so sending <paramref name="version"/> is pointless.</summary>
    public bool IsSuperseded(long version) => Reserved > version;

    /// <summary>After the update of <paramref name="version"/> returned (landed or failed).</summary>
    public CardRenderCompletion Complete(long version)
    {
        if (Reserved == version)
        {
            return Dirty
                ? CardRenderCompletion.SendAgain(Reserve())
                : CardRenderCompletion.Done(this with { Sent = version });
        }

        // A newer version was reserved while this one was on its way. Its holder has completed already: this
        // update may have landed after its update, so send again. Otherwise leave the holder a note to send again.
        return Sent >= Reserved
            ? CardRenderCompletion.SendAgain(Reserve())
            : CardRenderCompletion.Done(this with { Dirty = true });
    }
}
