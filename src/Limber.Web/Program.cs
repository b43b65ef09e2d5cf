using Limber.Web.Api;
using Limber.Web.Figures;
using Limber.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// Options (data folder, database) bound from configuration and validated at start.
builder.AddLimberOptions();

// With Limber:Lan=true, HTTPS on the LAN for the phone (certificate made in the data folder); HSTS, Secure cookies.
builder.AddLanHttps();

// Small bodies only (64 KB, 413 beyond), slow bodies dropped, short header wait.
builder.AddRequestLimits();

// The engine: the embedded knowledge base, the planner and the clock.
builder.Services.AddLimberEngine();

// One DbContext on the embedded SQLite database in the user's data folder.
builder.Services.AddLimberData();

// Between sessions: reminders and their calendar feed, the Learn articles, page feedback.
builder.Services.AddLimberBetweenSessions();

// Form-token keys kept in the data folder; errors as problem+json for the API.
builder.Services.AddLimberDataProtection();
builder.Services.AddLimberProblems();

// Pages (a request no page handler answers is a clean 404/405; an expired form is shown again), the OpenAPI document and the health check.
builder.Services.AddLimberPages();
builder.Services.AddOpenApi();
builder.Services.AddLimberHealthChecks();

var app = builder.Build();

// Apply migrations before the first request; the app owns its local database (kept 0700/0600).
app.MigrateDatabase();

// Security headers (CSP with no inline script, nosniff, no referrer, no-store) on every response.
app.UseSecurityHeaders();

// Broken or oversize requests are their own 4xx; API errors are problem+json, page errors pages.
app.UseLimberErrors();
app.UseLanHttps();
app.UseRequestLimits();

app.UseStaticFiles(StaticCaching.Options);
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

// The local authority's certificate, for the phone's one-time trust step.
app.MapLanCertificate();
app.MapOpenApi();
app.MapHealthChecks("/healthz");

app.Run();

/// <summary>Visible to the test projects' WebApplicationFactory.</summary>
public partial class Program;
