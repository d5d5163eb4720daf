using System;
using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The due list reads a narrow table kept by the database (ADR 0019): <c>due_items</c>, the functions that compute
    /// and refresh an applicant's items, the triggers on the facts, and every existing case's items filled in.
    /// </summary>
    public partial class DueItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "due_items",
                columns: table => new
                {
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: true),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_worker_id = table.Column<string>(type: "text", nullable: true),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_due_items", x => new { x.applicant_id, x.kind, x.due_on });
                    table.ForeignKey(
                        name: "fk_due_items_applicants_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "applicants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_due_items_district_id_due_on_applicant_id_kind",
                table: "due_items",
                columns: new[] { "district_id", "due_on", "applicant_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_due_items_unit_id_due_on_applicant_id_kind",
                table: "due_items",
                columns: new[] { "unit_id", "due_on", "applicant_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_due_items_assigned_worker_id_due_on_applicant_id_kind",
                table: "due_items",
                columns: new[] { "assigned_worker_id", "due_on", "applicant_id", "kind" })
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "district_id" });

            migrationBuilder.Sql(DueItemsSql.Functions);
            migrationBuilder.Sql(ChangeCaptureSql.Functions);
            migrationBuilder.Sql(ChangeCaptureSql.Triggers);
            migrationBuilder.Sql(DueItemsSql.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChangeCaptureSql.DropTriggersAndFunctions);
            migrationBuilder.Sql(DueItemsSql.DropFunctions);
            migrationBuilder.DropTable(
                name: "due_items");
        }
    }
}
