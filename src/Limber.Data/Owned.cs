namespace Limber.Data;

/// <summary>
/// A row that belongs to one person. Every Limber table's entity implements it: <see cref="LimberDb"/> filters
/// every query to its owner and stamps the owner on every row it adds, so no write path has to remember to.
/// </summary>
public interface IOwned
{
    /// <summary>The account's id in hosted mode; <see cref="Owners.Local"/> in local mode.</summary>
    string OwnerId { get; set; }
}

/// <summary>Owner ids that are not accounts.</summary>
public static class Owners
{
    /// <summary>The one person of a local install (and every row written before owner ids existed).</summary>
    public const string Local = "local";

    /// <summary>Hosted mode with nobody signed in: matches no row, and adding a row with it is a bug.</summary>
    public const string Nobody = "";

    /// <summary>The longest owner id a column holds (Identity's ids are 36-character GUIDs).</summary>
    public const int MaxLength = 64;
}
