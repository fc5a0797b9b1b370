using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Bot.Delivery;

public static class DeliveryRegistration
{
    /// <summary>
    /// Makes Telegram the channel the outbox dispatcher (core's AddReminders) sends through. Needs a typed
    /// <see cref="Telegram.Bot.ITelegramBotClient"/> in the container (AddTelegramBot registers it).
    /// </summary>
    public static IHostApplicationBuilder AddTelegramDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminLinkOptions>().BindConfiguration(AdminLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<INotificationSender, TelegramNotificationSender>();
        return builder;
    }
}
