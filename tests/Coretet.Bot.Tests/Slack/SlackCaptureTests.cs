using System.Text.RegularExpressions;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Tests.Capture;
using Coretet.Bot.Tests.Capture.Support;
using Coretet.Bot.Tests.Slack.Support;

namespace Coretet.Bot.Tests.Slack;

/// <summary>Issue #8 "Must show": an experience prompt delivered by direct message in Slack and answered with its inputs.</summary>
public sealed partial class SlackCaptureTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
    private readonly CaptureFakeAlliance alliance = new([new UserRef("slack", "UALICE", "Alice"), new UserRef("slack", "UBOB", "Bob")]);
    private SlackHost host = null!;

    public async Task InitializeAsync() =>
        host = await SlackHost.StartAsync([], s => s.Locales["UBOB"] = "en-US", o => o
            .UseTime(new ShiftedClock(Monday))
            .ConfigureServices(s => s.UseFakeAlliance(alliance)));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ExperiencePrompt_ByDirectMessageInSlack_AnsweredWithItsInputs_ListedForTheAlly()
    {
        await CommandAsync("UBOB", "help");
        var created = await CommandAsync("UALICE", "planifier capture hebdo lundi 9h tous");
        var id = ScheduleId().Match(created).Groups[1].Value;
        Assert.NotEmpty(id);

        await CommandAsync("UALICE", $"capitaliser maintenant {id}");
        var opened = await host.Slack.WaitForAsync(c => c.Method == "conversations.open" && c["users"] == "UBOB");
        var prompt = await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c["channel"] == "DUBOB" && c["blocks"].Contains("Capture experience", StringComparison.Ordinal));
        Assert.NotNull(opened);
        Assert.Contains("q.learned", SlackCards.Text(prompt.Blocks));

        var calls = host.Slack.Calls.Count;
        await host.PostInteractionAsync(SlackPayloads.BlockAction(SlackCards.Button(prompt.Blocks, "Send"), user: "UBOB", channel: "DUBOB", messageTs: prompt.Ts!,
            state: SlackPayloads.TextState(("q.learned", "Ask the neighbours first"))));
        await host.IdleAsync();
        Assert.Contains(host.Slack.Calls.Skip(calls), c => c.Method is "chat.update" or "chat.postMessage" && c.Form.Values.Any(v => v.Contains("recorded", StringComparison.Ordinal)));

        var listed = await CommandAsync("UBOB", "experiences");
        Assert.Contains("Ask the neighbours first", listed, StringComparison.Ordinal);
        Assert.Contains("Real UBOB", listed, StringComparison.Ordinal);
    }

    /// <summary>A slash command in the channel; returns every text the bot posted for it.</summary>
    private async Task<string> CommandAsync(string user, string text)
    {
        var calls = host.Slack.Calls.Count;
        await host.PostCommandAsync(SlackPayloads.Command(text, user: user));
        await host.IdleAsync();
        return string.Join('\n', host.Slack.Calls.Skip(calls).SelectMany(c => c.Form.Values));
    }

    [GeneratedRegex(@"\*([0-9a-f]{8})\*")]
    private static partial Regex ScheduleId();
}
