using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Limber.Core.Catalog;

namespace Limber.Core.Json;

/// <summary>The one JSON shape shared by the CLI, the web app and the API: camelCase, kebab-case codes, ranges as [min, max].</summary>
public static class LimberJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new IntRangeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class IntRangeConverter : JsonConverter<IntRange>
    {
        public override IntRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var values = JsonSerializer.Deserialize<int[]>(ref reader, options);
            return values is [var min, var max] ? new IntRange(min, max) : throw new JsonException("expected [min, max]");
        }

        public override void Write(Utf8JsonWriter writer, IntRange value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Min);
            writer.WriteNumberValue(value.Max);
            writer.WriteEndArray();
        }
    }
}
