using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Limber.Data.Migrations;

/// <summary>
/// The first schema. Written by hand (no <c>dotnet ef</c> here); column types are left to each
/// provider, and <c>MigrationDriftTests</c> fails when the model and this migration disagree.
/// </summary>
[DbContext(typeof(LimberDb))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "CheckIns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                IntakeJson = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CheckIns", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Plans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CheckInId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Stage = table.Column<string>(maxLength: 16, nullable: false),
                PainBefore = table.Column<int>(nullable: false),
                StiffnessBefore = table.Column<int>(nullable: false),
                PlanJson = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Plans", x => x.Id);
                table.ForeignKey("FK_Plans_CheckIns_CheckInId", x => x.CheckInId, "CheckIns", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
                Completed = table.Column<bool>(nullable: false),
                StoppedFor = table.Column<string>(maxLength: 16, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sessions", x => x.Id);
                table.ForeignKey("FK_Sessions_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BlockProgress",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionRunId = table.Column<Guid>(nullable: false),
                BlockIndex = table.Column<int>(nullable: false),
                ExerciseId = table.Column<string>(maxLength: 64, nullable: false),
                Outcome = table.Column<string>(maxLength: 16, nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BlockProgress", x => x.Id);
                table.ForeignKey("FK_BlockProgress_Sessions_SessionRunId", x => x.SessionRunId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Ratings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionRunId = table.Column<Guid>(nullable: false),
                PainAfter = table.Column<int>(nullable: false),
                StiffnessAfter = table.Column<int>(nullable: false),
                Difficulty = table.Column<string>(maxLength: 16, nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                NextDayPain = table.Column<int>(nullable: true),
                NextDayAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Ratings", x => x.Id);
                table.ForeignKey("FK_Ratings_Sessions_SessionRunId", x => x.SessionRunId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_CheckIns_CreatedAt", "CheckIns", "CreatedAt");
        migrationBuilder.CreateIndex("IX_Plans_CheckInId", "Plans", "CheckInId");
        migrationBuilder.CreateIndex("IX_Plans_CreatedAt", "Plans", "CreatedAt");
        migrationBuilder.CreateIndex("IX_Sessions_PlanId", "Sessions", "PlanId");
        migrationBuilder.CreateIndex("IX_Sessions_StartedAt", "Sessions", "StartedAt");
        migrationBuilder.CreateIndex("IX_BlockProgress_SessionRunId_BlockIndex", "BlockProgress", ["SessionRunId", "BlockIndex"], unique: true);
        migrationBuilder.CreateIndex("IX_Ratings_SessionRunId", "Ratings", "SessionRunId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("Ratings");
        migrationBuilder.DropTable("BlockProgress");
        migrationBuilder.DropTable("Sessions");
        migrationBuilder.DropTable("Plans");
        migrationBuilder.DropTable("CheckIns");
    }
}
