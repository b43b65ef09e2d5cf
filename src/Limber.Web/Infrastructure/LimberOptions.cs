using System.ComponentModel.DataAnnotations;
using Limber.Data;

namespace Limber.Web.Infrastructure;

/// <summary>local: one person, no account, embedded SQLite. hosted: accounts, and every row belongs to one account.</summary>
public enum HostingMode
{
    Local,
    Hosted,
}

/// <summary>Hosted mode: anyone may register, or only with an invite link from an admin account.</summary>
public enum RegistrationMode
{
    Open,
    Invite,
}

/// <summary>
/// How Limber is hosted, where it keeps its data, and the emergency number it offers to call. Section "Limber" in
/// configuration (<c>Limber__Hosting</c>, <c>Limber__Provider</c>... as environment variables); checked at start.
/// </summary>
public sealed partial class LimberOptions : IValidatableObject
{
    public const string Section = "Limber";

    /// <summary>local (default) or hosted.</summary>
    public HostingMode Hosting { get; set; } = HostingMode.Local;

    /// <summary>sqlite (default) or postgresql.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Hosted mode: open (default) or invite. Null when not set, so local mode can refuse a setting that means nothing there.</summary>
    public RegistrationMode? Registration { get; set; }

    /// <summary>
    /// Hosted mode behind a reverse proxy: the proxies' addresses or networks (<c>10.0.0.0/8</c>) whose
    /// X-Forwarded-For and X-Forwarded-Proto are believed. Loopback is always believed.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    public bool IsHosted => Hosting == HostingMode.Hosted;

    /// <summary>Whether configuration asks for hosted mode, read before the options are bound (a wrong value is reported by their validation).</summary>
    public static bool IsHostedIn(IConfiguration configuration) =>
        string.Equals(configuration?[$"{Section}:{nameof(Hosting)}"], "hosted", StringComparison.OrdinalIgnoreCase);

    public RegistrationMode EffectiveRegistration => Registration ?? RegistrationMode.Open;

    /// <summary>The folder holding limber.db. Default: the user's local application data folder, under Limber.</summary>
    public string DataDirectory { get; set; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Limber");

    /// <summary>A full SQLite connection string; when empty, <c>limber.db</c> in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The number the stop pages' call button dials (<c>tel:</c>). Default 112, which works across Europe and
    /// from most mobile phones; set <c>Limber:EmergencyNumber</c> to 999, 911, 000... where that is the local number.
    /// </summary>
    public string EmergencyNumber { get; set; } = "112";

    /// <summary>Serve the phone over HTTPS on the LAN (<see cref="LanPort"/>) and this computer over http on localhost (<see cref="LocalPort"/>).</summary>
    public bool Lan { get; set; }

    public int LanPort { get; set; } = 5443;

    public int LocalPort { get; set; } = 5080;

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) ? $"Data Source={Path.Combine(DataDirectory, "limber.db")}" : ConnectionString;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var problem in HostingProblems())
        {
            yield return new ValidationResult(problem, [nameof(Hosting)]);
        }

        if (string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(DataDirectory))
        {
            yield return new ValidationResult("Limber:DataDirectory or Limber:ConnectionString must be set.", [nameof(DataDirectory)]);
        }
        else if (string.IsNullOrWhiteSpace(ConnectionString) && !Path.IsPathFullyQualified(DataDirectory))
        {
            yield return new ValidationResult($"Limber:DataDirectory must be an absolute path (got '{DataDirectory}').", [nameof(DataDirectory)]);
        }

        if (EmergencyNumber is null || !PhoneDigits().IsMatch(EmergencyNumber))
        {
            yield return new ValidationResult(
                $"Limber:EmergencyNumber must be the local emergency number as 2 to 6 digits, e.g. 112, 999 or 911 (got '{EmergencyNumber}').",
                [nameof(EmergencyNumber)]);
        }
    }

    /// <summary>Combinations that cannot work; no message repeats the connection string, which may hold a password.</summary>
    private IEnumerable<string> HostingProblems()
    {
        if (!Enum.IsDefined(Hosting))
        {
            yield return "Limber:Hosting must be local or hosted.";
        }

        if (!Enum.IsDefined(Provider))
        {
            yield return "Limber:Provider must be sqlite or postgresql.";
        }

        if (Registration is { } registration && !Enum.IsDefined(registration))
        {
            yield return "Limber:Registration must be open or invite.";
        }

        if (Hosting == HostingMode.Local && Registration is not null)
        {
            yield return "Limber:Registration applies to hosted mode only: local mode has no accounts (set Limber:Hosting=hosted, or remove it).";
        }

        if (Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "Limber:Provider=postgresql needs Limber:ConnectionString, an Npgsql connection string (Host=...;Database=...;Username=...;Password=...).";
        }
        else if (!string.IsNullOrWhiteSpace(ConnectionString) && Enum.IsDefined(Provider) && LimberDatabase.Problem(Provider, ConnectionString) is { } problem)
        {
            yield return problem;
        }

        foreach (var proxy in TrustedProxies.Where(p => !System.Net.IPNetwork.TryParse(p, out _) && !System.Net.IPAddress.TryParse(p, out _)))
        {
            yield return $"Limber:TrustedProxies must hold IP addresses or networks such as 10.0.0.0/8 (got '{proxy}').";
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{2,6}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PhoneDigits();
}
