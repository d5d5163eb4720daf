using System;
using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AccessLogAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entry_areas",
                columns: table => new
                {
                    audit_entry_id = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    area_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entry_areas", x => new { x.kind, x.area_id, x.occurred_at, x.audit_entry_id });
                });

            migrationBuilder.Sql(AuditSql.EntryAreas);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditSql.DropEntryAreas);
            migrationBuilder.DropTable(
                name: "audit_entry_areas");
        }
    }
}
