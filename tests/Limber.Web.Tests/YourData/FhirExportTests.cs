using System.Net;
using System.Text.Json;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Limber.Web.Tests.Support;
using Limber.Web.YourData;
using Task = System.Threading.Tasks.Task;

namespace Limber.Web.Tests.YourData;

/// <summary><c>fhir.json</c> read back with the Firely SDK and checked by Firely's validator against the base R4 definitions.</summary>
public sealed class FhirExportTests : IDisposable
{
    private static readonly Lazy<Validator> R4 = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource(Path.Combine(AppContext.BaseDirectory, "specification.zip")));
        return new Validator(source, new LocalTerminologyService(source));
    });

    private readonly LimberWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpResponseMessage Response, Bundle Bundle)> ExportAsync()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync(new Uri("/api/export/fhir.json", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        var bundle = JsonSerializer.Deserialize<Bundle>(json, new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector))!;
        return (response, bundle);
    }

    [Fact]
    public async Task The_bundle_passes_firelys_validator_against_the_base_r4_definitions()
    {
        await Everything.SeedAsync(_app);
        var (response, bundle) = await ExportAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/fhir+json");

        var outcome = R4.Value.Validate(bundle);

        var errors = outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Severity} {string.Join(',', i.Expression)}: {i.Details?.Text}").ToList();
        errors.ShouldBeEmpty();
        outcome.Success.ShouldBeTrue();
    }

    [Fact]
    public async Task Pain_uses_loinc_72514_3_and_each_questionnaire_is_a_response_with_its_score_derived_from_it()
    {
        await Everything.SeedAsync(_app);
        var (_, bundle) = await ExportAsync();

        bundle.Type.ShouldBe(Bundle.BundleType.Collection);
        var observations = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();
        var pain = observations.Where(o => o.Code.Coding.Any(c => c.System == "http://loinc.org" && c.Code == "72514-3")).ToList();
        pain.Select(o => o.Code.Coding.Single(c => c.System == FhirExport.MeasureSystem).Code)
            .ShouldBe(["pain-at-check-in", "pain-after-session", "pain-next-day"], ignoreOrder: true);
        pain.Single(o => o.Code.Coding.Any(c => c.Code == "pain-at-check-in")).Value.ShouldBeOfType<Integer>().Value.ShouldBe(4);
        observations.ShouldContain(o => o.Code.Coding.Any(c => c.Code == "stiffness-at-check-in"));

        var responses = bundle.Entry.Select(e => e.Resource).OfType<QuestionnaireResponse>().ToList();
        QuestionnaireResponse Of(string instrument) => responses.Single(r => r.Questionnaire == FhirExport.QuestionnairePrefix + instrument);
        responses.Count.ShouldBe(4);
        Of("rmdq").Item.Count.ShouldBe(24);
        Of("rmdq").Item.Count(i => i.Answer[0].Value is FhirBoolean { Value: true }).ShouldBe(3);
        Of("odi").Item.Count.ShouldBe(9);
        Of("startback").Item.Count.ShouldBe(9);

        var odi = observations.Single(o => o.Code.Coding.Any(c => c.System == "http://loinc.org" && c.Code == "97909-6"));
        odi.DerivedFrom.Single().Reference.ShouldBe("urn:uuid:" + Of("odi").Id);
        observations.Single(o => o.Code.Coding.Any(c => c.Code == "startback-score")).Component.Count.ShouldBe(2);
        bundle.Entry.ShouldAllBe(e => e.FullUrl == "urn:uuid:" + e.Resource!.Id);
    }

    [Fact]
    public async Task No_item_text_of_a_copyrighted_questionnaire_is_in_the_bundle_only_the_persons_own_activity_names()
    {
        await Everything.SeedAsync(_app);
        var (_, bundle) = await ExportAsync();

        var texts = bundle.Entry.Select(e => e.Resource).OfType<QuestionnaireResponse>().SelectMany(r => r.Item).Select(i => i.Text).OfType<string>().ToList();
        texts.ShouldBe(["Putting on socks", "Gardening, an hour"]);
    }

    [Fact]
    public async Task With_no_data_the_bundle_is_an_empty_collection_that_still_validates()
    {
        var (_, bundle) = await ExportAsync();
        bundle.Entry.ShouldBeEmpty();
        R4.Value.Validate(bundle).Success.ShouldBeTrue();
    }
}
