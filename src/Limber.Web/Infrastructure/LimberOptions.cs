using System.ComponentModel.DataAnnotations;

namespace Limber.Web.Infrastructure;

/// <summary>Where Limber keeps its data. Section "Limber" in configuration.</summary>
public sealed class LimberOptions : IValidatableObject
{
    public const string Section = "Limber";

    /// <summary>The folder holding limber.db. Default: the user's local application data folder, under Limber.</summary>
    public string DataDirectory { get; set; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Limber");

    /// <summary>A full SQLite connection string; when empty, <c>limber.db</c> in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

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
    }
}
