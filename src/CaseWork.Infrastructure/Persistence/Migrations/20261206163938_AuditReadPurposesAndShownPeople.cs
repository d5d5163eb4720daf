using System;
using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditReadPurposesAndShownPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "purpose",
                table: "audit_entries",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reason",
                table: "audit_entries",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reason_text",
                table: "audit_entries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid[]>(
                name: "shown_applicant_ids",
                table: "audit_entries",
                type: "uuid[]",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_shown_applicant_ids",
                table: "audit_entries",
                column: "shown_applicant_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            // The new columns are as unchangeable as the rest; retention may forget a stated reason's free text.
            migrationBuilder.Sql(AuditSql.AppendOnlyWithReadPurposes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditSql.AppendOnlyBeforeReadPurposes);

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_shown_applicant_ids",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "purpose",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "reason",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "reason_text",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "shown_applicant_ids",
                table: "audit_entries");
        }
    }
}
