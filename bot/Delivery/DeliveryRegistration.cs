using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Bot.Delivery;

public static class DeliveryRegistration
{
    /// <summary>
    /// Makes the chat channel the outbox dispatcher (core's AddReminders) sends through. Channel-neutral: needs an
    /// <see cref="Channel.IChatChannel"/> in the container (AddTelegramBot registers Telegram's and calls this).
    /// </summary>
    public static IHostApplicationBuilder AddNotificationDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminLinkOptions>().BindConfiguration(AdminLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<INotificationSender, ChatNotificationSender>();
        return builder;
    }
}
