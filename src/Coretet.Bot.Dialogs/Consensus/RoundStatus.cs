namespace Coretet.Bot.Dialogs.Consensus;

public enum RoundStatus
{
    Open,
    Closed,
}
