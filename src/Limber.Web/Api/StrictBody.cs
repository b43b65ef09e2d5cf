using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Limber.Web.Api;

/// <summary>
/// The session endpoints' JSON, source-generated and strict like <c>/api/plan</c>: exact
/// camelCase names, no unknown fields, no duplicate keys, numbers as numbers.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ProgressRequest))]
[JsonSerializable(typeof(FinishRequest))]
[JsonSerializable(typeof(RatingRequest))]
[JsonSerializable(typeof(NextDayRequest))]
[JsonSerializable(typeof(SessionState))]
[JsonSerializable(typeof(DeleteRequest))]
[JsonSerializable(typeof(ImportAnswer))]
internal sealed partial class SessionJson : JsonSerializerContext;

/// <summary>Reads a JSON request body strictly; a body that is not exactly the request is a 400 (or 415), never a 500.</summary>
internal static class StrictBody
{
    public static async Task<(T? Body, IResult? Rejected)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the body as application/json."));
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken);
            return body is null ? (null, Invalid("the body must be a JSON object")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(Reason(e)));
        }
        catch (InvalidOperationException e) when (e.Source == "System.Text.Json")
        {
            // A lone surrogate such as "\ud800" cannot become a .NET string.
            return (null, Invalid("a string holds an unpaired surrogate (e.g. \\ud800); text must be valid Unicode"));
        }
    }

    private static IResult Invalid(string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["body"] = [message] }, title: "The request body is not valid.");

    /// <summary>What System.Text.Json found wrong, without its line and byte position (and, unless asked, with the path in front).</summary>
    internal static string Reason(JsonException e, bool withPath = true)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        reason = (cut >= 0 ? reason[..cut] : reason).Trim();
        return withPath && e.Path is { Length: > 1 } path ? $"{path}: {reason}" : reason;
    }
}
