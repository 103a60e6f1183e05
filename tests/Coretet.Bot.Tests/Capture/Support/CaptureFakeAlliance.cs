using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Tests.Capture.Support;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Tests.Capture.Support;

/// <summary>
/// The shared capture fake (<see cref="CaptureAllianceFake"/>, linked from Coretet.Bot.Dialogs.Tests) over a list of
/// users, for host-level capture tests.
/// </summary>
internal sealed class CaptureFakeAlliance : CaptureAllianceFake
{
    public const string AllianceId = "al1";

    public CaptureFakeAlliance(int allies)
        : this(Enumerable.Range(0, allies).Select(i => new UserRef("msteams", $"29:ally{i}", $"Ally {i}")))
    {
    }

    /// <summary>
    /// The first user is the facilitator and the chantier's animator; the others are its participants. Tests on a
    /// shared account (Azurite) pass their own <paramref name="allianceId"/> so that their rows never mix.
    /// </summary>
    public CaptureFakeAlliance(IEnumerable<UserRef> users, string allianceId = AllianceId)
        : this(allianceId, users.Select((u, i) => new Ally(allianceId, u) { Language = i % 2 == 0 ? Language.French : Language.English }).ToList())
    {
    }

    private CaptureFakeAlliance(string allianceId, List<Ally> allies)
        : base(new Alliance(allianceId, "Coretet", [allies[0].Id]), allies, new ChantierSummary(allianceId, "ch1", "Jardins", true)
        {
            Animators = [allies[0].Id],
            Participants = allies.Skip(1).Select(a => a.Id).ToList(),
        })
    {
    }
}
