using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Limber.Data.Migrations;

/// <summary>Reminders with their calendar-feed token, and feedback on article and exercise pages. Written by hand, like <see cref="Initial"/>.</summary>
[DbContext(typeof(LimberDb))]
[Migration("20261201120000_RemindersAndFeedback")]
public sealed class RemindersAndFeedback : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Reminders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Days = table.Column<string>(maxLength: 32, nullable: false),
                Time = table.Column<string>(maxLength: 5, nullable: false),
                TimeZone = table.Column<string>(maxLength: 64, nullable: false),
                FeedToken = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Reminders", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Feedback",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Page = table.Column<string>(maxLength: 200, nullable: false),
                Helpful = table.Column<bool>(nullable: true),
                ReportsError = table.Column<bool>(nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Feedback", x => x.Id));

        migrationBuilder.CreateIndex("IX_Reminders_FeedToken", "Reminders", "FeedToken", unique: true);
        migrationBuilder.CreateIndex("IX_Feedback_CreatedAt", "Feedback", "CreatedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("Feedback");
        migrationBuilder.DropTable("Reminders");
    }
}
