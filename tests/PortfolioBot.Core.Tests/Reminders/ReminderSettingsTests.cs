using Microsoft.Extensions.Options;

namespace PortfolioBot.Core.Tests.Reminders;

public sealed class ReminderSettingsTests
{
    [Theory]
    [InlineData("Reminders:DeadlineOffsetsDays", "14,a week", "Reminders:DeadlineOffsetsDays")]
    [InlineData("Delivery:PerChatPerSecond", "0", "Delivery:PerChatPerSecond")]
    [InlineData("Delivery:SendTimeoutSeconds", "500", "Delivery:SendTimeoutSeconds must be shorter than Delivery:LeaseSeconds")]
    public async Task BadSettingStopsTheHostNamingTheSetting(string key, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ReminderWorld.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expected, error.Message);
    }
}
