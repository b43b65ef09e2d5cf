namespace Limber.Web.YourData;

/// <summary>The person's data: export, import and "delete everything", each with one write path.</summary>
internal static class YourDataRegistration
{
    public static void AddYourData(this IServiceCollection services)
    {
        services.AddScoped<LimberImport>();
        services.AddScoped<DataDeletion>();
    }

    /// <summary>The requests that may carry a whole export: the import API and the "Your data" page's upload.</summary>
    public static bool MayCarryExport(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/import", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/data", StringComparison.OrdinalIgnoreCase));
}
