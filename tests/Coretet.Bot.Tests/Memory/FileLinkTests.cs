using System.Net;
using System.Text.RegularExpressions;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Files;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Coretet.Bot.Tests.Memory;

public sealed partial class FileLinkTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Link_OpenedByRequester_ServesTheWholeFileOverSeveralChunks()
    {
        await using var bot = await StartAsync(new JournalClock(Start));
        var alice = TeamsClient.User("Alice");
        var size = TableFileStore.ChunkBytes + 300_000;

        var reply = (await bot.Teams.SendAsync(alice, $"fichier {size}")).Single();

        Assert.Contains("Voici le fichier.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("15 minutes", reply.Text, StringComparison.Ordinal);
        using var browser = Browser(bot);
        using var response = await browser.GetAsync(LinkIn(reply.Text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FileTestFlow.Content(size), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("test.bin", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_AskedInAChannel_IsSentOnlyToTheRequesterPrivately()
    {
        await using var bot = await StartAsync(new JournalClock(Start));
        var alice = TeamsClient.User("Alice", "en-US");
        var channel = bot.Teams.Channel("General");

        var replies = await bot.Teams.SendAsync(alice, "file 10", channel);

        var inChannel = replies.In(channel).Single();
        Assert.Contains("private message", inChannel.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/files/", inChannel.Text, StringComparison.Ordinal);
        var direct = bot.Connector.Calls.Single(c => c.ConversationId == bot.Teams.Personal(alice).Id);
        Assert.Contains("/api/files/", direct.Activity!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_AfterExpiry_IsRefusedWithGone()
    {
        var clock = new JournalClock(Start);
        await using var bot = await StartAsync(clock);
        var link = LinkIn((await bot.Teams.SendAsync(TeamsClient.User("Alice"), "fichier 100")).Single().Text);

        clock.Advance(TimeSpan.FromMinutes(15));
        using var browser = Browser(bot);
        using var gone = await browser.GetAsync(link);
        using var again = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("expired", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Link_WithConfiguredLifetime_StillWorksJustBeforeItEnds()
    {
        var clock = new JournalClock(Start);
        await using var bot = await StartAsync(clock, o => o.Set("Files:LinkLifetime", "00:02:00"));
        var reply = (await bot.Teams.SendAsync(TeamsClient.User("Alice"), "fichier 100")).Single();

        clock.Advance(TimeSpan.FromSeconds(119));
        using var browser = Browser(bot);
        using var response = await browser.GetAsync(LinkIn(reply.Text));

        Assert.Contains("2 minutes", reply.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Link_Tampered_IsNotFound()
    {
        await using var bot = await StartAsync(new JournalClock(Start));
        var link = LinkIn((await bot.Teams.SendAsync(TeamsClient.User("Alice"), "fichier 100")).Single().Text);
        var last = link[^1] == 'A' ? 'B' : 'A';
        using var browser = Browser(bot);

        using var tampered = await browser.GetAsync(link[..^1] + last);
        using var truncated = await browser.GetAsync(link[..^1]);
        using var good = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, truncated.StatusCode);
        Assert.Contains("does not exist", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public async Task Link_OpenedInAnotherBrowserAfterTheRequester_IsForbidden()
    {
        await using var bot = await StartAsync(new JournalClock(Start));
        var link = LinkIn((await bot.Teams.SendAsync(TeamsClient.User("Alice"), "fichier 100")).Single().Text);
        using var alices = Browser(bot);
        using var someoneElses = Browser(bot);

        using var first = await alices.GetAsync(link);
        using var other = await someoneElses.GetAsync(link);
        using var second = await alices.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("someone else", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task CleanupSweep_DeletesExpiredFilesOnly()
    {
        var clock = new JournalClock(Start);
        await using var bot = await StartAsync(clock);
        var alice = TeamsClient.User("Alice");
        var old = LinkIn((await bot.Teams.SendAsync(alice, "fichier 100")).Single().Text);
        clock.Advance(TimeSpan.FromMinutes(10));
        var recent = LinkIn((await bot.Teams.SendAsync(alice, "fichier 100")).Single().Text);
        clock.Advance(TimeSpan.FromMinutes(6));

        await bot.Get<FileCleanupSweep>().RunAsync(CancellationToken.None);

        using var browser = Browser(bot);
        using var oldResponse = await browser.GetAsync(old);
        using var recentResponse = await browser.GetAsync(recent);
        Assert.Equal(HttpStatusCode.NotFound, oldResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recentResponse.StatusCode);
    }

    [Fact]
    public async Task Link_WithPublicBaseUrl_UsesIt()
    {
        await using var bot = await StartAsync(new JournalClock(Start), o => o.Set("Bot:PublicBaseUrl", "https://bot.example.org/"));

        var reply = (await bot.Teams.SendAsync(TeamsClient.User("Alice"), "fichier 1")).Single();

        Assert.StartsWith("https://bot.example.org/api/files/", LinkIn(reply.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_OverTheSizeLimit_IsRefusedPolitely()
    {
        await using var bot = await StartAsync(new JournalClock(Start), o => o.Set("Files:MaxBytes", "1000"));

        var reply = (await bot.Teams.SendAsync(TeamsClient.User("Alice"), "fichier 2000")).Single();

        Assert.Contains("trop volumineux", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/files/", reply.Text, StringComparison.Ordinal);
    }

    internal static string LinkIn(string? text) => LinkPattern().Match(text ?? "") is { Success: true } m
        ? m.Groups[1].Value
        : throw new Xunit.Sdk.XunitException($"No download link in: {text}");

    internal static HttpClient Browser(BotHost bot) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = bot.BaseAddress };

    private static Task<BotHost> StartAsync(JournalClock clock, Action<BotHostOptions>? configure = null) =>
        BotHost.StartAsync(o =>
        {
            o.UseTime(clock).ConfigureServices(s => s.AddSingleton<Flow, FileTestFlow>());
            configure?.Invoke(o);
        });

    [GeneratedRegex(@"\((https?://[^)\s]+/api/files/[A-Za-z0-9_-]+)\)")]
    private static partial Regex LinkPattern();
}
