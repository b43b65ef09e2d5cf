using Limber.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Limber.Data.Tests;

/// <summary>Every row belongs to one owner: a context sees and writes only its owner's rows, on both engines.</summary>
public sealed class OwnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("limber-owner-").FullName;

    private readonly string _postgres = TestPostgres.CreateDatabase();

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        TestPostgres.DropDatabase(_postgres);
    }

    public static TheoryData<string> Engines => ["sqlite", "postgresql"];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_context_sees_only_its_owners_rows_and_stamps_them_on_what_it_adds(string engine)
    {
        await using (var ann = Open(engine, "ann"))
        {
            await ann.Database.MigrateAsync();
            ann.Reminders.Add(NewReminder("ann-token"));
            await ann.SaveChangesAsync();
        }

        await using (var bob = Open(engine, "bob"))
        {
            (await bob.Reminders.CountAsync()).ShouldBe(0);
            (await bob.Reminders.Where(r => r.FeedToken == "ann-token").ExecuteDeleteAsync()).ShouldBe(0);
            bob.Reminders.Add(NewReminder("bob-token"));
            await bob.SaveChangesAsync();
        }

        await using var again = Open(engine, "ann");
        var mine = await again.Reminders.SingleAsync();
        mine.FeedToken.ShouldBe("ann-token");
        mine.OwnerId.ShouldBe("ann");
        (await again.Reminders.IgnoreQueryFilters().CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Adding_a_row_with_nobody_signed_in_is_refused()
    {
        await using var nobody = Open("sqlite", Owners.Nobody);
        await nobody.Database.MigrateAsync();
        nobody.Reminders.Add(NewReminder("lost"));

        await Should.ThrowAsync<InvalidOperationException>(() => nobody.SaveChangesAsync());
    }

    [Fact]
    public async Task Adding_a_row_of_another_owner_is_refused()
    {
        await using var ann = Open("sqlite", "ann");
        await ann.Database.MigrateAsync();
        var reminder = NewReminder("bobs");
        reminder.OwnerId = "bob";
        ann.Reminders.Add(reminder);

        await Should.ThrowAsync<InvalidOperationException>(() => ann.SaveChangesAsync());
    }

    private LimberDb Open(string engine, string owner)
    {
        var options = engine == "postgresql"
            ? new DbContextOptionsBuilder<LimberDb>().Use(DatabaseProvider.PostgreSql, _postgres)
            : new DbContextOptionsBuilder<LimberDb>().Use(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "owners.db")};Pooling=False");
        return new LimberDb(options.Options) { OwnerId = owner };
    }

    private static ReminderSetting NewReminder(string token) => new()
    {
        Id = Guid.NewGuid(),
        Days = "mon",
        Time = "07:30",
        TimeZone = "Europe/London",
        FeedToken = token,
        CreatedAt = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc),
    };
}
