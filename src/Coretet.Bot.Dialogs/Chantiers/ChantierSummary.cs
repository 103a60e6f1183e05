using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>What other capabilities need to know of a chantier (scopes, audiences, where to post).</summary>
public sealed record ChantierSummary(string AllianceId, string Id, string Title, bool IsOpen)
{
    /// <summary>Ally ids of its animators (animateur·rices).</summary>
    public IReadOnlyList<string> Animators { get; init; } = [];

    /// <summary>Ally ids of its participants, animators not included.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>The Teams or Slack channel its prompts and digests go to, when linked.</summary>
    public ConversationRef? LinkedConversation { get; init; }

    /// <summary>Animators and participants.</summary>
    public IEnumerable<string> Members => Animators.Concat(Participants).Distinct(StringComparer.Ordinal);

    public bool IsAnimator(string allyId) => Animators.Contains(allyId, StringComparer.Ordinal);

    public bool IsMember(string allyId) => Members.Contains(allyId, StringComparer.Ordinal);
}
