using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LogCheckFlagColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "flag_candidate",
                table: "audit_entry_areas",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The trigger marks each new entry's area rows; the rows already there are marked by one update joined to
            // the log (through the old partial index, dropped after it: the query reads the column now).
            migrationBuilder.Sql(AuditSql.EntryAreasWithFlagCandidate);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entry_areas_flag_candidates",
                table: "audit_entry_areas",
                columns: new[] { "kind", "area_id", "occurred_at", "audit_entry_id" },
                filter: "flag_candidate");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_flag_candidates",
                table: "audit_entries");

            migrationBuilder.CreateIndex(
                name: "ix_applicants_log_check",
                table: "applicants",
                column: "id")
                .Annotation("Npgsql:IndexInclude", new[] { "assigned_worker_id", "has_protected_identity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applicants_log_check",
                table: "applicants");

            migrationBuilder.DropIndex(
                name: "ix_audit_entry_areas_flag_candidates",
                table: "audit_entry_areas");

            migrationBuilder.Sql(AuditSql.EntryAreasBeforeFlagCandidate);

            migrationBuilder.DropColumn(
                name: "flag_candidate",
                table: "audit_entry_areas");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_flag_candidates",
                table: "audit_entries",
                column: "id",
                filter: "action = 'AccessDenied' OR purpose IN ('Refused', 'StatedReason') OR (purpose IS NULL AND action IN ('ApplicantViewed', 'RecordExtractProduced'))");
        }
    }
}
