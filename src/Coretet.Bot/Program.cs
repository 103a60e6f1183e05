using Coretet.Bot.Channels.BotFramework;
using Coretet.Bot.Channels.Slack;
using Coretet.Bot.Dialogs;
using Coretet.Bot.Hosting;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Scheduling.Capture;
using Coretet.Bot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.UseBotDefaults();

builder.Services.AddStorage(builder.Configuration);
builder.Services.AddDialogs();
builder.Services.AddScheduling();
builder.Services.AddCaptureScheduling();
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddSlack(builder.Configuration);
builder.Services.AddJournal();

var app = builder.Build();

app.MapHealth();
app.MapBotFramework();
app.MapSlack();
app.MapJournal();

app.Run();

/// <summary>Entry point, public so that tests can start the host in-process.</summary>
public partial class Program;
