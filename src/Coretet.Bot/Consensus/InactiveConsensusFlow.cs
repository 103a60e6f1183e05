using Coretet.Bot.Dialogs.Routing;

namespace Coretet.Bot.Consensus;

/// <summary>Stands in for the consensus flow while a port it needs is not registered (see <see cref="ConsensusPorts"/>).</summary>
internal sealed class InactiveConsensusFlow : Flow;
