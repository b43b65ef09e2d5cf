using System.Data.Common;
using Limber.Core.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Limber.Data;

/// <summary>
/// What the home page shows of the person's own rows: the latest plan (with its check-in's calendar), the last
/// session with its rating and the outcomes of its blocks, the completed sessions since Monday, a rated session
/// still waiting for next-day pain, and when the activity questionnaire was last taken.
/// </summary>
/// <param name="LatestPlan">The person's latest plan, with <see cref="StoredPlan.PlanJson"/>, or null before the first check-in.</param>
/// <param name="Days">The person's calendar: the offset of the latest check-in (UTC before the first one).</param>
/// <param name="LastSession">The latest session by start, with its <see cref="SessionRun.Rating"/> when rated.</param>
/// <param name="LastSessionOutcomes">The outcome of each block of <paramref name="LastSession"/> that has one.</param>
/// <param name="CompletedThisWeek">Starts (UTC) of the completed sessions since Monday, on the person's calendar.</param>
/// <param name="AwaitingNextDay">The latest session of yesterday or the day before that is rated but has no next-day pain.</param>
/// <param name="LastPsfs">When the activity questionnaire (PSFS) was last taken, or null if never.</param>
public sealed record Overview(
    StoredPlan? LatestPlan,
    PersonalDays Days,
    SessionRun? LastSession,
    IReadOnlyList<string> LastSessionOutcomes,
    IReadOnlyList<DateTime> CompletedThisWeek,
    SessionRun? AwaitingNextDay,
    DateTime? LastPsfs)
{
    /// <summary>A session's columns and its rating's, in the order <see cref="Session"/> reads them.</summary>
    private const string SessionAndRating = """
        s."Id", s."PlanId", s."StartedAt", s."EndedAt", s."Completed", s."StoppedFor", r."Id", r."PainAfter", r."StiffnessAfter", r."Difficulty", r."Note", r."CreatedAt", r."NextDayPain", r."NextDayAt"
        """;

    /// <summary>
    /// Everything but the latest plan, in one batch: the last session and its rating, the outcomes of its blocks,
    /// the completed starts since Monday, the session awaiting next-day pain, and the last PSFS.
    /// </summary>
    private const string Rest = $$"""
        SELECT {{SessionAndRating}}
        FROM "Sessions" AS s LEFT JOIN "Ratings" AS r ON r."SessionRunId" = s."Id" AND r."OwnerId" = @owner
        WHERE s."OwnerId" = @owner
        ORDER BY s."StartedAt" DESC
        LIMIT 1;
        SELECT b."Outcome" FROM "BlockProgress" AS b
        WHERE b."OwnerId" = @owner AND b."SessionRunId" = (SELECT s."Id" FROM "Sessions" AS s WHERE s."OwnerId" = @owner ORDER BY s."StartedAt" DESC LIMIT 1);
        SELECT s."StartedAt" FROM "Sessions" AS s
        WHERE s."OwnerId" = @owner AND s."Completed" AND s."StartedAt" >= @monday;
        SELECT {{SessionAndRating}}
        FROM "Sessions" AS s INNER JOIN "Ratings" AS r ON r."SessionRunId" = s."Id" AND r."OwnerId" = @owner
        WHERE s."OwnerId" = @owner AND r."NextDayPain" IS NULL AND s."StartedAt" < @today AND s."StartedAt" >= @twoDaysAgo
        ORDER BY s."StartedAt" DESC
        LIMIT 1;
        SELECT q."TakenAt" FROM "Questionnaires" AS q
        WHERE q."OwnerId" = @owner AND q."Instrument" = 'psfs'
        ORDER BY q."TakenAt" DESC
        LIMIT 1;
        """;

    /// <summary>
    /// Reads the overview for <paramref name="now"/> in two round trips: the latest plan first (its check-in gives the
    /// calendar, and so the bounds of "this week" and "yesterday"), then the rest in one batch of statements.
    /// </summary>
    /// <remarks>
    /// Hand-written SQL, not LINQ, because the home page is the page read most and each of its queries was mostly
    /// SQLite compiling EF Core's nested SQL (every owner filter becomes a subquery per join) and EF Core's own work
    /// per query; these plain statements take about half as long to compile, and EF Core's work per query is gone
    /// (docs/adr/0015-plain-sql-for-home.md). The SQL runs on
    /// SQLite and PostgreSQL alike, and every statement is limited to the context's owner, as the query filter would.
    /// </remarks>
    public static async Task<Overview> ReadAsync(LimberDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var owner = db.OwnerId;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            StoredPlan? plan = null;
            string? intakeJson = null;
            await using (var command = Command(connection, db, owner, """
                SELECT p."Id", p."CheckInId", p."CreatedAt", p."Status", p."Stage", p."PainBefore", p."StiffnessBefore", p."PlanJson", p."Number", c."IntakeJson"
                FROM "Plans" AS p INNER JOIN "CheckIns" AS c ON c."Id" = p."CheckInId" AND c."OwnerId" = @owner
                WHERE p."OwnerId" = @owner
                ORDER BY p."CreatedAt" DESC, p."Number" DESC
                LIMIT 1
                """))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    plan = new StoredPlan
                    {
                        Id = reader.GetGuid(0),
                        CheckInId = reader.GetGuid(1),
                        CreatedAt = reader.GetDateTime(2),
                        Status = reader.GetString(3),
                        Stage = reader.GetString(4),
                        PainBefore = reader.GetInt32(5),
                        StiffnessBefore = reader.GetInt32(6),
                        PlanJson = reader.GetString(7),
                        Number = reader.GetInt64(8),
                        OwnerId = owner,
                    };
                    intakeJson = reader.GetString(9);
                }
            }

            var days = PersonalDays.FromIntake(intakeJson);
            var today = days.DayOf(now);
            SessionRun? last = null;
            var outcomes = new List<string>();
            var completed = new List<DateTime>();
            SessionRun? awaiting = null;
            DateTime? lastPsfs = null;
            await using (var command = Command(connection, db, owner, Rest,
                ("monday", days.StartUtc(PersonalDays.Monday(today))),
                ("today", days.StartUtc(today)),
                ("twoDaysAgo", days.StartUtc(today.AddDays(-2)))))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    last = Session(reader, owner);
                }

                await reader.NextResultAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    outcomes.Add(reader.GetString(0));
                }

                await reader.NextResultAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    completed.Add(reader.GetDateTime(0));
                }

                await reader.NextResultAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    awaiting = Session(reader, owner);
                }

                await reader.NextResultAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    lastPsfs = reader.GetDateTime(0);
                }
            }

            return new Overview(plan, days, last, outcomes, completed, awaiting, lastPsfs);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A command on the context's connection (and transaction, if one is open) with the owner and the given bounds as parameters.</summary>
    private static DbCommand Command(DbConnection connection, LimberDb db, string owner, string sql, params (string Name, DateTime Value)[] bounds)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "owner", owner);
        foreach (var (name, value) in bounds)
        {
            Add(command, name, value);
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A session row and its rating (columns 0 to 13, the rating's null when unrated), as the entities hold them.</summary>
    private static SessionRun Session(DbDataReader reader, string owner) => new()
    {
        Id = reader.GetGuid(0),
        PlanId = reader.GetGuid(1),
        StartedAt = reader.GetDateTime(2),
        EndedAt = reader.IsDBNull(3) ? null : reader.GetDateTime(3),
        Completed = reader.GetBoolean(4),
        StoppedFor = reader.IsDBNull(5) ? null : reader.GetString(5),
        OwnerId = owner,
        Rating = reader.IsDBNull(6) ? null : new Rating
        {
            Id = reader.GetGuid(6),
            SessionRunId = reader.GetGuid(0),
            PainAfter = reader.GetInt32(7),
            StiffnessAfter = reader.GetInt32(8),
            Difficulty = reader.GetString(9),
            Note = reader.IsDBNull(10) ? null : reader.GetString(10),
            CreatedAt = reader.GetDateTime(11),
            NextDayPain = reader.IsDBNull(12) ? null : reader.GetInt32(12),
            NextDayAt = reader.IsDBNull(13) ? null : reader.GetDateTime(13),
            OwnerId = owner,
        },
    };
}
