using PortfolioBot.Admin;
using PortfolioBot.Admin.Setup;
using PortfolioBot.Bot;
using PortfolioBot.Core;
using PortfolioBot.Core.Reminders;

var builder = WebApplication.CreateBuilder(args);

builder.AddCore();
builder.AddTelegramBot();
builder.AddReminders();
builder.AddAdmin();

var app = builder.Build();

// `create-admin ...` runs and exits without starting the web server.
if (await app.RunCommandAsync(args)) return;

app.UseAdmin();
app.MapTelegramWebhook();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
