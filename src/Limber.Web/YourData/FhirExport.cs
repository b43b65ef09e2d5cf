using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Limber.Web.YourData;

/// <summary>
/// <c>fhir.json</c>: the person's measures as a FHIR R4 <c>Bundle</c> of type <c>collection</c>, built with the
/// Firely SDK from the same <see cref="LimberExport"/> as <c>limber.json</c>. Each number is an <c>Observation</c>;
/// each questionnaire a <c>QuestionnaireResponse</c> by item number (item texts are copyrighted and never
/// shipped) with its score as an <c>Observation</c> derived from it. Codes (docs/adr/0014-your-data.md): pain is
/// LOINC 72514-3 and the ODI score LOINC 97909-6; measures with no LOINC code we could confirm (stiffness,
/// morning stiffness, RMDQ, STarT Back, PSFS) carry Limber's own code system <see cref="MeasureSystem"/>, and
/// every Observation also carries the Limber code saying exactly which reading it is (before a session, after
/// it, the next day). Ids are derived from the rows', so two exports of the same data are the same bundle.
/// </summary>
public static class FhirExport
{
    public const string ContentType = "application/fhir+json";

    public const string Loinc = "http://loinc.org";

    /// <summary>Limber's code system for its own measures; a URN, as Limber has no web address of its own to resolve it.</summary>
    public const string MeasureSystem = "urn:limber:measure";

    /// <summary>Where a questionnaire's definition would be: a URN per instrument (the copyrighted texts are not published by Limber).</summary>
    public const string QuestionnairePrefix = "urn:limber:questionnaire:";

    private const string Ucum = "http://unitsofmeasure.org";

    private const string CategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    public static Bundle Build(LimberExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Timestamp = new DateTimeOffset(export.ExportedAt, TimeSpan.Zero),
        };

        foreach (var checkIn in export.CheckIns)
        {
            var intake = checkIn.Intake;
            if (Scale(intake, "pain") is { } pain)
            {
                Add(bundle, Observation(checkIn.Id, "pain-at-check-in", "Back pain at check-in (0-10)", checkIn.CreatedAt, new Integer(pain), loinc: PainLoinc()));
            }

            if (Scale(intake, "stiffness") is { } stiffness)
            {
                Add(bundle, Observation(checkIn.Id, "stiffness-at-check-in", "Back stiffness at check-in (0-10)", checkIn.CreatedAt, new Integer(stiffness)));
            }

            if (Whole(intake, "morningStiffnessMinutes") is { } minutes)
            {
                Add(bundle, Observation(
                    checkIn.Id, "morning-stiffness", "Minutes to loosen up after getting up", checkIn.CreatedAt,
                    new Quantity { Value = minutes, Unit = "min", System = Ucum, Code = "min" }));
            }

            foreach (var session in checkIn.Plans.SelectMany(p => p.Sessions))
            {
                if (session.Rating is not { } rating)
                {
                    continue;
                }

                Add(bundle, Observation(rating.Id, "pain-after-session", "Back pain after the session (0-10)", rating.CreatedAt, new Integer(rating.PainAfter), loinc: PainLoinc()));
                Add(bundle, Observation(rating.Id, "stiffness-after-session", "Back stiffness after the session (0-10)", rating.CreatedAt, new Integer(rating.StiffnessAfter)));
                if (rating is { NextDayPain: { } nextDay, NextDayAt: { } at })
                {
                    Add(bundle, Observation(rating.Id, "pain-next-day", "Back pain the day after the session (0-10)", at, new Integer(nextDay), loinc: PainLoinc()));
                }
            }
        }

        foreach (var questionnaire in export.Questionnaires)
        {
            var response = Response(questionnaire);
            Add(bundle, response);
            if (ScoreObservation(questionnaire, response) is { } score)
            {
                Add(bundle, score);
            }
        }

        return bundle;
    }

    public static byte[] ToUtf8(Bundle bundle) => JsonSerializer.SerializeToUtf8Bytes(bundle, Json);

    private static void Add(Bundle bundle, Resource resource) =>
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + resource.Id, Resource = resource });

    private static Coding PainLoinc() => new() { System = Loinc, Code = "72514-3", Display = "Pain severity - 0-10 verbal numeric rating [Score] - Reported" };

    private static Observation Observation(Guid source, string measure, string text, DateTime at, DataType value, Coding? loinc = null, string category = "survey")
    {
        var code = new CodeableConcept { Text = text };
        if (loinc is not null)
        {
            code.Coding.Add(loinc);
        }

        code.Coding.Add(new Coding { System = MeasureSystem, Code = measure, Display = text });
        return new Observation
        {
            Id = StableId(source, measure).ToString("D"),
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept { Coding = [new Coding { System = CategorySystem, Code = category, Display = "Survey" }] }],
            Code = code,
            Effective = new FhirDateTime(new DateTimeOffset(LimberExport.Utc(at), TimeSpan.Zero)),
            Value = value,
        };
    }

    private static QuestionnaireResponse Response(ExportedQuestionnaire q)
    {
        var response = new QuestionnaireResponse
        {
            Id = q.Id.ToString("D"),
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Questionnaire = QuestionnairePrefix + q.Instrument,
            Authored = new DateTimeOffset(LimberExport.Utc(q.TakenAt), TimeSpan.Zero).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
        };

        var answers = q.Answers;
        switch (q.Instrument)
        {
            case "rmdq":
                var ticked = answers.GetProperty("ticked").EnumerateArray().Select(t => t.GetInt32()).ToHashSet();
                for (var item = 1; item <= 24; item++)
                {
                    response.Item.Add(Item(item.ToString(System.Globalization.CultureInfo.InvariantCulture), new FhirBoolean(ticked.Contains(item))));
                }

                break;
            case "odi":
                var section = 0;
                foreach (var value in answers.GetProperty("sections").EnumerateArray())
                {
                    section++;
                    if (value.ValueKind == JsonValueKind.Number)
                    {
                        response.Item.Add(Item(section.ToString(System.Globalization.CultureInfo.InvariantCulture), new Integer(value.GetInt32())));
                    }
                }

                break;
            case "startback":
                var number = 0;
                foreach (var value in answers.GetProperty("items").EnumerateArray())
                {
                    number++;
                    response.Item.Add(Item(number.ToString(System.Globalization.CultureInfo.InvariantCulture), new Integer(value.GetInt32())));
                }

                break;
            default:
                var activity = 0;
                foreach (var value in answers.GetProperty("activities").EnumerateArray())
                {
                    activity++;
                    var item = Item(activity.ToString(System.Globalization.CultureInfo.InvariantCulture), new Integer(value.GetProperty("score").GetInt32()));
                    item.Text = value.GetProperty("name").GetString();
                    response.Item.Add(item);
                }

                break;
        }

        return response;
    }

    private static QuestionnaireResponse.ItemComponent Item(string linkId, DataType answer) =>
        new() { LinkId = linkId, Answer = [new QuestionnaireResponse.AnswerComponent { Value = answer }] };

    private static Observation? ScoreObservation(ExportedQuestionnaire q, QuestionnaireResponse response)
    {
        if (q.Score is not { } score)
        {
            return null;
        }

        var (measure, text, loinc, value) = q.Instrument switch
        {
            "odi" => ("odi-score", "Oswestry Disability Index (percent)", new Coding { System = Loinc, Code = "97909-6", Display = "Oswestry disability index score ODI" },
                (DataType)new Quantity { Value = (decimal)score, Unit = "%", System = Ucum, Code = "%" }),
            "rmdq" => ("rmdq-score", "Roland-Morris Disability Questionnaire (items ticked, 0-24)", null, new Integer((int)score)),
            "startback" => ("startback-score", "STarT Back Screening Tool total (0-9)", null, new Integer((int)score)),
            _ => ("psfs-score", "Patient-Specific Functional Scale (mean, 0-10)", null, new Quantity { Value = (decimal)score, Unit = "score", System = Ucum, Code = "{score}" }),
        };
        var observation = Observation(q.Id, measure, text, q.TakenAt, value, loinc);
        observation.DerivedFrom.Add(new ResourceReference("urn:uuid:" + response.Id));
        if (q.Subscale is { } subscale)
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = new CodeableConcept { Coding = [new Coding { System = MeasureSystem, Code = "startback-psychosocial", Display = "STarT Back psychosocial subscale (items 5-9)" }] },
                Value = new Integer(subscale),
            });
        }

        if (q.Band is { } band)
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = new CodeableConcept { Coding = [new Coding { System = MeasureSystem, Code = q.Instrument + "-band", Display = "Band" }] },
                Value = new FhirString(band),
            });
        }

        return observation;
    }

    private static int? Scale(JsonElement intake, string field) => Whole(intake, field) is { } v and >= 0 and <= 10 ? v : null;

    private static int? Whole(JsonElement intake, string field) =>
        intake.ValueKind == JsonValueKind.Object && intake.TryGetProperty(field, out var value)
        && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0
            ? number
            : null;

    /// <summary>A stable id for one resource made from one row.</summary>
    private static Guid StableId(Guid source, string measure) => NamedId.Of($"limber-fhir:{source:D}:{measure}");
}
