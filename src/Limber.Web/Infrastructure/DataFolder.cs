namespace Limber.Web.Infrastructure;

/// <summary>
/// The data folder holds health data: it is created private to the person (0700) and the
/// database files are 0600. SQLite gives its -wal and -shm files the database file's mode, so
/// the database file is created 0600 before SQLite first opens it.
/// </summary>
internal static class DataFolder
{
    public const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static readonly string[] DatabaseFiles = ["limber.db", "limber.db-wal", "limber.db-shm"];

    public static string Keys(string dataDirectory) => Path.Combine(dataDirectory, "keys");

    public static void Prepare(string dataDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dataDirectory);
            return;
        }

        Directory.CreateDirectory(dataDirectory, Private);
        File.SetUnixFileMode(dataDirectory, Private);
        var database = Path.Combine(dataDirectory, DatabaseFiles[0]);
        if (!File.Exists(database))
        {
            using var created = new FileStream(database, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = PrivateFile });
        }

        foreach (var name in DatabaseFiles)
        {
            var path = Path.Combine(dataDirectory, name);
            if (File.Exists(path))
            {
                File.SetUnixFileMode(path, PrivateFile);
            }
        }

        var keys = Keys(dataDirectory);
        Directory.CreateDirectory(keys, Private);
        File.SetUnixFileMode(keys, Private);
    }
}
