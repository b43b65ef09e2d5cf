using Limber.Web.Api;
using Limber.Web.Figures;
using Limber.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// Options (data folder, database) bound from configuration and validated at start.
builder.AddLimberOptions();

// The engine: the embedded knowledge base, the planner and the clock.
builder.Services.AddLimberEngine();

// One DbContext on the embedded SQLite database in the user's data folder.
builder.Services.AddLimberData();

// Between sessions: reminders and their calendar feed, the Learn articles, page feedback.
builder.Services.AddLimberBetweenSessions();

// Pages (a request no page handler answers is a clean 404/405), the OpenAPI document and the health check.
builder.Services.AddLimberPages();
builder.Services.AddOpenApi();
builder.Services.AddLimberHealthChecks();

var app = builder.Build();

// Apply migrations before the first request; the app owns its local database.
app.MigrateDatabase();

// Security headers (CSP with no inline script, nosniff, no referrer) on every response.
app.UseSecurityHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseStatusCodePagesWithReExecute("/NotFound");
app.UseStaticFiles();
app.UseRouting();
app.UseAntiforgery();

// Pages: home, check-in, plan, session player, rating, history, library, sources, learn, reminders, feedback.
app.MapRazorPages();

// The HTTP API: the same engine and JSON as the CLI.
app.MapLimberApi();

// Reminders, the private calendar feed, and feedback on articles and exercises.
app.MapReminders();
app.MapFeedback();

// Drawn exercise figures as cacheable SVG.
app.MapFigures();
app.MapOpenApi();
app.MapHealthChecks("/healthz");

app.Run();

/// <summary>Visible to the test projects' WebApplicationFactory.</summary>
public partial class Program;
