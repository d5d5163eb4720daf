using System;
using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IncrementalIndicatorRefresh : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "counted_on",
                table: "indicator_refreshes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "full",
                table: "indicator_refreshes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "indicator_aid_facts",
                columns: table => new
                {
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    adults = table.Column<int>(type: "integer", nullable: false),
                    paid_bits = table.Column<long>(type: "bigint", nullable: false),
                    checked_bits = table.Column<long>(type: "bigint", nullable: false),
                    planned_bits = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_aid_facts", x => x.applicant_id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    district_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_changes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_plan_version_quality_valid_from",
                table: "plan_version_quality",
                column: "valid_from");

            migrationBuilder.CreateIndex(
                name: "ix_plan_version_quality_valid_to",
                table: "plan_version_quality",
                column: "valid_to");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_aid_facts_district_id_unit_id",
                table: "indicator_aid_facts",
                columns: new[] { "district_id", "unit_id" });

            migrationBuilder.Sql(IndicatorChangeSql.CreateRetentionFunction);
            migrationBuilder.Sql(IndicatorChangeSql.CreateTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IndicatorChangeSql.DropTriggers);

            migrationBuilder.DropTable(
                name: "indicator_aid_facts");

            migrationBuilder.DropTable(
                name: "indicator_changes");

            migrationBuilder.DropIndex(
                name: "ix_plan_version_quality_valid_from",
                table: "plan_version_quality");

            migrationBuilder.DropIndex(
                name: "ix_plan_version_quality_valid_to",
                table: "plan_version_quality");

            migrationBuilder.DropColumn(
                name: "counted_on",
                table: "indicator_refreshes");

            migrationBuilder.DropColumn(
                name: "full",
                table: "indicator_refreshes");
        }
    }
}
