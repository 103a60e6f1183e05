namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>A chantier with its participants (animators excluded), as read for one view.</summary>
internal sealed record ChantierSnapshot(Chantier Chantier, IReadOnlyList<ChantierMember> Participants)
{
    public static ChantierSnapshot Of(Chantier chantier, IEnumerable<ChantierMember> members) =>
        new(chantier, [.. members.Where(m => !chantier.IsAnimator(m.AllyId)).DistinctBy(m => m.AllyId).OrderBy(m => m.Since).ThenBy(m => m.AllyId, StringComparer.Ordinal)]);

    public bool IsParticipant(string allyId) => Participants.Any(p => p.AllyId == allyId);

    public IReadOnlyList<ChantierMember> Members => [.. Chantier.Animators, .. Participants];
}
