using System;
using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The access log's area rows carry a copy of their entry's action, purpose, user and applicant (written by the
    /// areas' trigger; the log is append-only), and the area's key carries them as INCLUDE columns, so that
    /// Loggkontroll's count and keyset page read the key alone and only the page's rows join the entries
    /// (docs/performance.md, "Loggkontroll's month from the area's key alone"). The rows already there are filled by
    /// one update, run with the table's two indexes dropped and both made again after it.
    /// </summary>
    public partial class LogCheckAreaColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entry_areas_flag_candidates",
                table: "audit_entry_areas");

            migrationBuilder.Sql(AuditSql.DropAreaKey);

            migrationBuilder.AddColumn<string>(
                name: "action",
                table: "audit_entry_areas",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "applicant_id",
                table: "audit_entry_areas",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "purpose",
                table: "audit_entry_areas",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "user_id",
                table: "audit_entry_areas",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            // The trigger, then the update of the rows already there while the table has no index to keep.
            migrationBuilder.Sql(AuditSql.EntryAreasWithEntryColumns);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entry_areas_flag_candidates",
                table: "audit_entry_areas",
                columns: new[] { "kind", "area_id", "occurred_at", "audit_entry_id" },
                filter: "flag_candidate")
                .Annotation("Npgsql:IndexInclude", new[] { "action", "purpose", "user_id", "applicant_id", "flag_candidate" });

            migrationBuilder.Sql(AuditSql.AreaKeyWithEntryColumns);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entry_areas_flag_candidates",
                table: "audit_entry_areas");

            migrationBuilder.Sql(AuditSql.EntryAreasBeforeEntryColumns);
            migrationBuilder.Sql(AuditSql.AreaKeyBeforeEntryColumns);

            migrationBuilder.DropColumn(
                name: "action",
                table: "audit_entry_areas");

            migrationBuilder.DropColumn(
                name: "applicant_id",
                table: "audit_entry_areas");

            migrationBuilder.DropColumn(
                name: "purpose",
                table: "audit_entry_areas");

            migrationBuilder.DropColumn(
                name: "user_id",
                table: "audit_entry_areas");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entry_areas_flag_candidates",
                table: "audit_entry_areas",
                columns: new[] { "kind", "area_id", "occurred_at", "audit_entry_id" },
                filter: "flag_candidate");
        }
    }
}
