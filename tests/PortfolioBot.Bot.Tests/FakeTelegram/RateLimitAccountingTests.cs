using Microsoft.Extensions.Time.Testing;
using PortfolioBot.Testing.FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace PortfolioBot.Bot.Tests.FakeTelegram;

/// <summary>Rate-limit accounting of the fake server, on a controlled clock.</summary>
public sealed class RateLimitAccountingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero));
    private FakeTelegramServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync(timeProvider: _clock);
        _bot = _server.CreateClient(retryThreshold: 0);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Checker_flags_two_messages_to_one_chat_within_a_second()
    {
        await _bot.SendMessage(1, "first");
        _clock.Advance(TimeSpan.FromMilliseconds(400));
        await _bot.SendMessage(1, "second");

        var report = _server.CheckRateLimits(new RateLimitPolicy(GlobalPerSecond: 30, PerChatPerSecond: 1));

        var breach = Assert.Single(report.Breaches);
        Assert.Equal(1, breach.ChatId);
        Assert.Equal(2, breach.Count);
    }

    [Fact]
    public async Task Checker_accepts_one_message_per_second_per_chat_and_flags_the_overall_limit()
    {
        for (var i = 0; i < 3; i++)
        {
            await _bot.SendMessage(1, "tick");
            await _bot.SendMessage(2, "tick");
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(_server.CheckRateLimits(new RateLimitPolicy(GlobalPerSecond: 2, PerChatPerSecond: 1)).HasBreaches);
        var overall = _server.CheckRateLimits(new RateLimitPolicy(GlobalPerSecond: 1, PerChatPerSecond: 1));
        Assert.Equal(3, overall.Breaches.Count);
        Assert.All(overall.Breaches, b => Assert.Null(b.ChatId));
    }

    [Fact]
    public async Task Enforced_limit_answers_429_with_retry_after_until_the_window_frees_up()
    {
        _server.RateLimits.Enforce(new RateLimitPolicy(PerChatPerSecond: 1));

        await _bot.SendMessage(1, "allowed");
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(1, "too soon"));
        _clock.Advance(TimeSpan.FromMilliseconds(800));
        await _bot.SendMessage(1, "allowed again");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
        Assert.Equal(["allowed", "allowed again"], _server.MessagesTo(1).Select(m => m.Text));
        Assert.Single(_server.RateLimits.Rejected);
        Assert.False(_server.CheckRateLimits(new RateLimitPolicy(PerChatPerSecond: 1)).HasBreaches);
    }
}
