using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Limber.Data.Migrations;

/// <summary>
/// Hosted mode: an owner on every row, the accounts (Identity's schema version 3, with passkeys), invites,
/// and the data-protection keys all instances share. Rows that already exist belong to the local person.
/// Written by hand for both engines: column types are left to each provider, except where one needs its
/// own (PostgreSQL keeps a passkey's data as jsonb; each engine has its own identity-column annotation).
/// </summary>
[DbContext(typeof(LimberDb))]
[Migration("20261202000000_Accounts")]
public sealed class Accounts : Migration
{
    private static readonly string[] OwnedTables = ["CheckIns", "Plans", "Sessions", "BlockProgress", "Ratings", "Reminders", "Feedback"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

        // Plans are numbered per person in the order stored (SQLite's rowid gave that order before).
        migrationBuilder.AddColumn<long>(name: "Number", table: "Plans", nullable: false, defaultValue: 0L);
        if (!postgres)
        {
            migrationBuilder.Sql("""UPDATE "Plans" SET "Number" = rowid""");
        }

        foreach (var table in OwnedTables)
        {
            migrationBuilder.AddColumn<string>(name: "OwnerId", table: table, maxLength: Owners.MaxLength, nullable: false, defaultValue: Owners.Local);
        }

        // Time indexes lead with the owner: every query of a person's rows filters by it.
        migrationBuilder.DropIndex("IX_CheckIns_CreatedAt", "CheckIns");
        migrationBuilder.DropIndex("IX_Plans_CreatedAt", "Plans");
        migrationBuilder.DropIndex("IX_Sessions_StartedAt", "Sessions");
        migrationBuilder.CreateIndex("IX_CheckIns_OwnerId_CreatedAt", "CheckIns", ["OwnerId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_Plans_OwnerId_CreatedAt", "Plans", ["OwnerId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_Sessions_OwnerId_StartedAt", "Sessions", ["OwnerId", "StartedAt"]);

        migrationBuilder.CreateTable(
            name: "Accounts",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: Owners.MaxLength, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                IsAdmin = table.Column<bool>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(maxLength: 256, nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Accounts", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AccountClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(maxLength: Owners.MaxLength, nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccountClaims", x => x.Id);
                table.ForeignKey("FK_AccountClaims_Accounts_UserId", x => x.UserId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AccountLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(maxLength: 128, nullable: false),
                ProviderKey = table.Column<string>(maxLength: 128, nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(maxLength: Owners.MaxLength, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccountLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_AccountLogins_Accounts_UserId", x => x.UserId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AccountPasskeys",
            columns: table => new
            {
                CredentialId = table.Column<byte[]>(maxLength: 1024, nullable: false),
                UserId = table.Column<string>(maxLength: Owners.MaxLength, nullable: false),
                Data = table.Column<string>(type: postgres ? "jsonb" : null, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccountPasskeys", x => x.CredentialId);
                table.ForeignKey("FK_AccountPasskeys_Accounts_UserId", x => x.UserId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AccountTokens",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: Owners.MaxLength, nullable: false),
                LoginProvider = table.Column<string>(maxLength: 128, nullable: false),
                Name = table.Column<string>(maxLength: 128, nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccountTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_AccountTokens_Accounts_UserId", x => x.UserId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Invites",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                UsedAt = table.Column<DateTime>(nullable: true),
                OwnerId = table.Column<string>(maxLength: Owners.MaxLength, nullable: false, defaultValue: Owners.Local),
            },
            constraints: table => table.PrimaryKey("PK_Invites", x => x.Id));

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        migrationBuilder.CreateIndex("EmailIndex", "Accounts", "NormalizedEmail");
        migrationBuilder.CreateIndex("UserNameIndex", "Accounts", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("IX_AccountClaims_UserId", "AccountClaims", "UserId");
        migrationBuilder.CreateIndex("IX_AccountLogins_UserId", "AccountLogins", "UserId");
        migrationBuilder.CreateIndex("IX_AccountPasskeys_UserId", "AccountPasskeys", "UserId");
        migrationBuilder.CreateIndex("IX_Invites_TokenHash", "Invites", "TokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "DataProtectionKeys", "Invites", "AccountTokens", "AccountPasskeys", "AccountLogins", "AccountClaims", "Accounts" })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropIndex("IX_CheckIns_OwnerId_CreatedAt", "CheckIns");
        migrationBuilder.DropIndex("IX_Plans_OwnerId_CreatedAt", "Plans");
        migrationBuilder.DropIndex("IX_Sessions_OwnerId_StartedAt", "Sessions");
        migrationBuilder.CreateIndex("IX_CheckIns_CreatedAt", "CheckIns", "CreatedAt");
        migrationBuilder.CreateIndex("IX_Plans_CreatedAt", "Plans", "CreatedAt");
        migrationBuilder.CreateIndex("IX_Sessions_StartedAt", "Sessions", "StartedAt");
        migrationBuilder.DropColumn("Number", "Plans");
        foreach (var table in OwnedTables)
        {
            migrationBuilder.DropColumn("OwnerId", table);
        }
    }
}
