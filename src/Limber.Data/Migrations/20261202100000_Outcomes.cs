using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Limber.Data.Migrations;

/// <summary>Questionnaires the person filled in (PSFS) or typed in from a clinician's form (RMDQ, ODI, STarT Back), owned like every table. Written by hand, like <see cref="Initial"/>.</summary>
[DbContext(typeof(LimberDb))]
[Migration("20261202100000_Outcomes")]
public sealed class Outcomes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Questionnaires",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<string>(maxLength: Owners.MaxLength, nullable: false, defaultValue: Owners.Local),
                Instrument = table.Column<string>(maxLength: 16, nullable: false),
                TakenAt = table.Column<DateTime>(nullable: false),
                AnswersJson = table.Column<string>(maxLength: 4000, nullable: false),
                Score = table.Column<double>(nullable: true),
                Band = table.Column<string>(maxLength: 16, nullable: true),
                Subscale = table.Column<int>(nullable: true),
                Missing = table.Column<int>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Questionnaires", x => x.Id));

        migrationBuilder.CreateIndex("IX_Questionnaires_OwnerId_TakenAt", "Questionnaires", ["OwnerId", "TakenAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("Questionnaires");
    }
}
