using Limber.Web.Accounts;
using Limber.Web.Api;
using Limber.Web.Figures;
using Limber.Web.Infrastructure;
using Limber.Web.YourData;

var builder = WebApplication.CreateBuilder(args);

// Options (hosting mode, database engine, data folder) bound from configuration and validated at start.
builder.AddLimberOptions();

// With Limber:Lan=true, HTTPS on the LAN for the phone (certificate made in the data folder); HSTS, Secure cookies.
builder.AddLanHttps();

// Small bodies only (64 KB, 413 beyond), slow bodies dropped, short header wait.
builder.AddRequestLimits();

// The engine: the embedded knowledge base, the planner and the clock.
builder.Services.AddLimberEngine();

// One DbContext, on embedded SQLite (default) or PostgreSQL, that sees only the current person's rows.
builder.Services.AddLimberData();

// Hosted mode: accounts (Identity: passwords, lockout), sign-in for health data, rate limits, forwarded headers.
builder.AddLimberAccounts();

// Between sessions: reminders and their calendar feed, the Learn articles, page feedback.
builder.Services.AddLimberBetweenSessions();

// The person's data: export (Limber JSON, CSV, FHIR), import, and "delete everything".
builder.Services.AddYourData();

// Form-token and cookie keys: the data folder (local) or the database every instance shares (hosted); errors as problem+json.
builder.Services.AddLimberDataProtection();
builder.Services.AddLimberProblems();

// Pages (a request no page handler answers is a clean 404/405; an expired form is shown again), the OpenAPI document and the health check.
builder.Services.AddLimberPages();
builder.Services.AddOpenApi();
builder.Services.AddLimberHealthChecks();

// Delivery: the import map of fingerprinted modules, compression of public content only, the library page kept rendered.
builder.AddLimberDelivery();

var app = builder.Build();

// A configuration that cannot work stops here with one line saying what to change (never the connection string).
if (app.StartupProblem() is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 2;
}

// Apply migrations before the first request; the app owns its local database (kept 0700/0600).
app.MigrateDatabase();

// Behind a reverse proxy (hosted): the client's address and scheme from a trusted proxy's X-Forwarded-* headers.
app.UseLimberForwardedHeaders();

// Security headers (CSP with no inline script, nosniff, no referrer, no-store) on every response.
app.UseSecurityHeaders();

// Broken or oversize requests are their own 4xx; API errors are problem+json, page errors pages.
app.UseLimberErrors();
app.UseLanHttps();
app.UseRequestLimits();

// Public content (library, Learn, sources, figures) compressed with Brotli or gzip; pages with health data or form tokens never (ADR 0013).
app.UseResponseCompression();
app.UseRouting();

// Who is signed in (hosted), what needs a signed-in person, and the rate limits of sign-in and the open API.
app.UseLimberAccounts();
app.UseOutputCache();
app.UseAntiforgery();

// Static files from the build's manifest: fingerprinted URLs cached a year as immutable, precompressed (Brotli, gzip).
app.MapStaticAssets();

// Pages: home, check-in, plan, session player, rating, history, library, sources, learn, reminders, feedback.
app.MapRazorPages().WithStaticAssets();

// The HTTP API: the same engine and JSON as the CLI.
app.MapLimberApi();

// Reminders, the private calendar feed, and feedback on articles and exercises.
app.MapReminders();
app.MapFeedback();

// Export, import and "delete everything" for the person's own data.
app.MapYourData();

// Drawn exercise figures as cacheable SVG.
app.MapFigures();

// The local authority's certificate, for the phone's one-time trust step.
app.MapLanCertificate();
app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/healthz").AllowAnonymous();

await app.RunAsync();
return 0;

/// <summary>Visible to the test projects' WebApplicationFactory.</summary>
public partial class Program;
