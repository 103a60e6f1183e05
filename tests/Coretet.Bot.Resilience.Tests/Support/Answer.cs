using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>What one request got: the instance it went to, the HTTP status (0: no answer at all) and the replies in the sender's chat.</summary>
public sealed record Answer(int Instance, int Status, IReadOnlyList<BotReply> Replies)
{
    public bool Acknowledged => Status == 200;

    public string Text => string.Join("\n", Replies.Select(r => r.AllText));
}
