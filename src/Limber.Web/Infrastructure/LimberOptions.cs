using System.ComponentModel.DataAnnotations;

namespace Limber.Web.Infrastructure;

/// <summary>Where Limber keeps its data, and the emergency number it offers to call. Section "Limber" in configuration.</summary>
public sealed partial class LimberOptions : IValidatableObject
{
    public const string Section = "Limber";

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

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{2,6}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PhoneDigits();
}
