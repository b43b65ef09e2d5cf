using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Limber.Data.Migrations;

/// <summary>
/// At most one open (not ended) session per plan, so two Start clicks at once make one session.
/// Databases that already hold two open sessions of one plan keep the newest open and end the
/// others as stopped for "other" first, so the index can be built. Written by hand.
/// </summary>
[DbContext(typeof(LimberDb))]
[Migration("20261201000000_OneOpenSessionPerPlan")]
public sealed class OneOpenSessionPerPlan : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(
            """
            UPDATE "Sessions" SET "EndedAt" = "StartedAt", "Completed" = FALSE, "StoppedFor" = 'other'
            WHERE "EndedAt" IS NULL AND EXISTS (
                SELECT 1 FROM "Sessions" AS "Newer"
                WHERE "Newer"."PlanId" = "Sessions"."PlanId" AND "Newer"."EndedAt" IS NULL
                  AND ("Newer"."StartedAt" > "Sessions"."StartedAt" OR ("Newer"."StartedAt" = "Sessions"."StartedAt" AND "Newer"."Id" > "Sessions"."Id")));
            """);
        migrationBuilder.CreateIndex("IX_Sessions_PlanId_Open", "Sessions", "PlanId", unique: true, filter: "\"EndedAt\" IS NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex("IX_Sessions_PlanId_Open", "Sessions");
    }
}
