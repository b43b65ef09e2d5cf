using Limber.Data;
using Limber.Web.YourData;

namespace Limber.Web.Api;

/// <summary>The person's data: export as Limber JSON, CSV or FHIR; import; delete everything.</summary>
internal static class DataEndpoints
{
    private const string Json = "application/json";

    public static void MapYourData(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/api/export");
        export.MapGet("/limber.json", ExportLimber).Produces(StatusCodes.Status200OK, contentType: Json)
            .WithSummary("Everything Limber holds for this person, as one versioned JSON document that POST /api/import accepts back; exportedAt is the only field that changes between two exports of the same data.");
        export.MapGet("/sessions.csv", ExportCsv).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("One row per session (RFC 4180, header row).");
        export.MapGet("/fhir.json", ExportFhir).Produces(StatusCodes.Status200OK, contentType: FhirExport.ContentType)
            .WithSummary("A FHIR R4 Bundle (collection): an Observation per pain score (LOINC 72514-3) and other measure, a QuestionnaireResponse per questionnaire.");

        app.MapPost("/api/import", Import).Accepts<LimberExport>(Json).Produces<ImportAnswer>().ProducesValidationProblem()
            .WithSummary($"Restore a limber.json (at most {LimberImport.MaxBytes / 1024 / 1024} MB). Only adds what is missing: the same document imported twice changes nothing the second time. 400 with every problem by JSON path, and nothing written, when the file is not valid.");
        app.MapPost("/api/data/delete", Delete).Accepts<DeleteRequest>(Json).Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .WithSummary("Delete everything for this person: {\"confirm\":\"delete everything\"} (hosted mode: add \"deleteAccount\":true to delete the account and its sign-in too). 204; anything else 400.");
    }

    private static async Task<IResult> ExportLimber(LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var document = await LimberExport.LoadAsync(db, now.UtcDateTime, cancellationToken);
        return Results.File(document.ToUtf8(), Json, $"limber-{now:yyyy-MM-dd}.json");
    }

    private static async Task<IResult> ExportCsv(LimberDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(await SessionsCsv.WriteAsync(db, cancellationToken)), SessionsCsv.ContentType, $"limber-sessions-{clock.GetUtcNow():yyyy-MM-dd}.csv");

    private static async Task<IResult> ExportFhir(LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var bundle = FhirExport.Build(await LimberExport.LoadAsync(db, now.UtcDateTime, cancellationToken));
        return Results.File(FhirExport.ToUtf8(bundle), FhirExport.ContentType, $"limber-fhir-{now:yyyy-MM-dd}.json");
    }

    private static async Task<IResult> Import(HttpRequest request, LimberImport import, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the export as application/json.");
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var (document, problems) = LimberImport.Read(body.GetBuffer().AsSpan(0, (int)body.Length));
        var outcome = document is null ? new ImportOutcome(0, 0, problems) : await import.ImportAsync(document, cancellationToken);
        return outcome.Imported
            ? Results.Json(new ImportAnswer(outcome.Added, outcome.AlreadyHere), SessionJson.Default.ImportAnswer)
            : Results.ValidationProblem(
                outcome.Problems.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal),
                title: "The file is not a Limber export this version can restore; nothing was imported.");
    }

    private static async Task<IResult> Delete(HttpContext context, DataDeletion deletion, CancellationToken cancellationToken)
    {
        var (body, rejected) = await StrictBody.ReadAsync(context.Request, SessionJson.Default.DeleteRequest, cancellationToken);
        if (body is null)
        {
            return rejected!;
        }

        var outcome = await deletion.DeleteAsync(context, body.Confirm, body.DeleteAccount == true, cancellationToken);
        return outcome.Deleted
            ? Results.NoContent()
            : Results.ValidationProblem(outcome.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal), title: "Nothing was deleted.");
    }
}

internal sealed record DeleteRequest(string? Confirm, bool? DeleteAccount);

/// <summary>What an import added, and how many rows of the file were already here.</summary>
internal sealed record ImportAnswer(int Added, int AlreadyHere);
