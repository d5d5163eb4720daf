using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LogCheckFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_flag_candidates",
                table: "audit_entries",
                column: "id",
                filter: "action = 'AccessDenied' OR purpose IN ('Refused', 'StatedReason') OR (purpose IS NULL AND action IN ('ApplicantViewed', 'RecordExtractProduced'))");

            migrationBuilder.CreateIndex(
                name: "ix_applicants_protected_identity",
                table: "applicants",
                column: "id",
                filter: "has_protected_identity");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entries_flag_candidates",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_applicants_protected_identity",
                table: "applicants");
        }
    }
}
