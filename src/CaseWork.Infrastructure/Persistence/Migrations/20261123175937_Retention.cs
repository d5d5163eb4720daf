using System;
using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "retention_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    dry_run = table.Column<bool>(type: "boolean", nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    people = table.Column<int>(type: "integer", nullable: false),
                    overdue = table.Column<int>(type: "integer", nullable: false),
                    exempt = table.Column<int>(type: "integer", nullable: false),
                    in_use = table.Column<int>(type: "integer", nullable: false),
                    rows = table.Column<string>(type: "jsonb", nullable: false),
                    audit_details_cleared = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_retention_runs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_review_actions_applicant_id",
                table: "review_actions",
                column: "applicant_id");

            migrationBuilder.CreateIndex(
                name: "ix_retention_runs_started_at",
                table: "retention_runs",
                column: "started_at");

            migrationBuilder.Sql(RetentionSql.LetRetentionDeleteSignedNotes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RetentionSql.RestoreRefuseChangeOfSignedNote);

            migrationBuilder.DropTable(
                name: "retention_runs");

            migrationBuilder.DropIndex(
                name: "ix_review_actions_applicant_id",
                table: "review_actions");
        }
    }
}
