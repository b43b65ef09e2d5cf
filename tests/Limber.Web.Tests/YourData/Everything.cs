using Limber.Data;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.YourData;

/// <summary>One of everything a person can have in Limber, stored as the app's own write paths store it.</summary>
internal static class Everything
{
    /// <summary>A note no other row holds, to look for in exports and, after a delete, in the database files.</summary>
    public const string Marker = "MARKER-zq81-note, with \"quotes\"\nand a second line";

    public static async Task<Guid> SeedAsync(LimberWebFactory app, string? ownerId = null)
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(app, ownerId);
        await Seed.ProgressAsync(app, sessionId, 0, plan.Session!.Blocks[0].ExerciseId, "done", ownerId);
        await Seed.ProgressAsync(app, sessionId, 1, plan.Session!.Blocks[1].ExerciseId, "easier", ownerId);
        await Seed.RatingAsync(app, sessionId, painAfter: 3, stiffnessAfter: 4, difficulty: "right", note: Marker, ownerId: ownerId);
        var at = app.Clock.GetUtcNow().UtcDateTime;
        await Seed.As(app, ownerId, async db =>
        {
            var rating = db.Ratings.Single(r => r.SessionRunId == sessionId);
            rating.NextDayPain = 2;
            rating.NextDayAt = at.AddDays(1);
            await db.SaveChangesAsync();
            await db.SaveQuestionnaireAsync("rmdq", """{"ticked":[1,4,9]}""", at, CancellationToken.None);
            await db.SaveQuestionnaireAsync("odi", """{"sections":[2,1,null,3,2,1,0,2,1,2]}""", at, CancellationToken.None);
            await db.SaveQuestionnaireAsync("startback", """{"items":[1,0,1,1,1,0,1,1,3]}""", at, CancellationToken.None);
            await db.SaveQuestionnaireAsync("psfs", """{"activities":[{"name":"Putting on socks","score":4},{"name":"Gardening, an hour","score":6}]}""", at, CancellationToken.None);
            db.Reminders.Add(new ReminderSetting { Id = Guid.NewGuid(), Days = "mon,thu", Time = "07:30", TimeZone = "Europe/London", FeedToken = "token-" + Guid.NewGuid().ToString("N"), CreatedAt = at, UpdatedAt = at });
            db.Feedback.Add(new PageFeedback { Id = Guid.NewGuid(), Page = "/learn/why-move", Helpful = true, Note = "feedback " + Marker, CreatedAt = at });
            return await db.SaveChangesAsync();
        });
        return sessionId;
    }

    /// <summary>Rows of every table the person owns, as the owner sees them.</summary>
    public static Task<int[]> CountsAsync(LimberWebFactory app, string? ownerId = null) =>
        Seed.As(app, ownerId, async db => new[]
        {
            db.CheckIns.Count(), db.Plans.Count(), db.Sessions.Count(), db.BlockProgress.Count(), db.Ratings.Count(),
            db.Questionnaires.Count(), db.Reminders.Count(), db.Feedback.Count(),
        });
}
