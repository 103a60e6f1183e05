using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Wiring;

/// <summary>
/// A proposed principle goes to an alliance-wide consensus round of subject <see cref="RoundSubjectKind.Principle"/>,
/// opened on the proposer's behalf (any ally may open such a round; see docs/wiring.md). The round card goes to the
/// alliance's conversations with the flow's answer; invitations go out from the consensus sweep.
/// </summary>
public sealed class ConsensusPrincipleRounds(ConsensusService consensus, TimeProvider clock) : IPrincipleRounds
{
    /// <summary>How long allies have to take a position on a principle.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromDays(7);

    public async Task<string?> OpenAsync(AllianceContext context, Principle principle, CancellationToken cancellationToken) =>
        (await OpenWithAnnouncementAsync(context, principle, context.Alliance.DefaultLanguage, null, cancellationToken)).RoundId;

    public async Task<(string? RoundId, TurnResult Announcement)> OpenWithAnnouncementAsync(
        AllianceContext context, Principle principle, Language language, ConversationRef? here, CancellationToken cancellationToken)
    {
        var draft = new RoundDraft(principle.Text, RoundScope.Alliance, clock.GetUtcNow() + Duration)
        {
            Subject = new RoundSubject(RoundSubjectKind.Principle, principle.Id),
        };
        var opening = await consensus.OpenAsync(context, draft, language, here, cancellationToken);
        return (opening.Round.Id, opening.Result);
    }
}
