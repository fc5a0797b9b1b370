using PortfolioBot.Admin;
using PortfolioBot.Bot;
using PortfolioBot.Core;
using PortfolioBot.Core.Reminders;

var builder = WebApplication.CreateBuilder(args);

builder.AddCore();
builder.AddTelegramBot();
builder.AddReminders();
builder.AddAdmin();

var app = builder.Build();

app.UseAdmin();
app.MapTelegramWebhook();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
