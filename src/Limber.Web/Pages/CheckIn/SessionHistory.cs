using System.Globalization;
using System.Text.Json.Nodes;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.CheckIn;

/// <summary>Earlier sessions as the intake's <c>history</c>, oldest first: this is what drives progression.</summary>
public static class SessionHistory
{
    /// <summary>Sessions that ended (completed or stopped), at most the last 30.</summary>
    public static async Task<JsonArray> LoadAsync(LimberDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.EndedAt != null)
            .OrderByDescending(s => s.StartedAt)
            .Take(30)
            .Select(s => new { s.StartedAt, s.Completed, s.StoppedFor, s.Plan!.Stage, s.Plan.PainBefore, s.Plan.StiffnessBefore, s.Rating })
            .ToListAsync(cancellationToken);
        var history = new JsonArray();
        foreach (var s in sessions.OrderBy(s => s.StartedAt))
        {
            var item = new JsonObject
            {
                ["date"] = DateTime.SpecifyKind(s.StartedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["completed"] = s.Completed,
                ["stage"] = s.Stage,
                ["painBefore"] = s.PainBefore,
                ["stiffnessBefore"] = s.StiffnessBefore,
            };
            if (s.Rating is { } rating)
            {
                item["painAfter"] = rating.PainAfter;
                item["stiffnessAfter"] = rating.StiffnessAfter;
                item["difficulty"] = rating.Difficulty;
                if (rating.NextDayPain is { } nextDay)
                {
                    item["nextDayPain"] = nextDay;
                }
            }

            if (s.StoppedFor is { } stoppedFor)
            {
                item["stoppedFor"] = stoppedFor;
            }

            history.Add(item);
        }

        return history;
    }
}
