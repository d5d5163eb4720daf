using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_aid_months",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: false),
                    households_paid = table.Column<int>(type: "integer", nullable: false),
                    adults_paid = table.Column<int>(type: "integer", nullable: false),
                    households_aid12 = table.Column<int>(type: "integer", nullable: false),
                    adults_aid12 = table.Column<int>(type: "integer", nullable: false),
                    households_long_term12 = table.Column<int>(type: "integer", nullable: false),
                    adults_long_term12 = table.Column<int>(type: "integer", nullable: false),
                    households_check_on_time = table.Column<int>(type: "integer", nullable: false),
                    households_current_plan = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_aid_months", x => new { x.month, x.unit_id, x.reason });
                });

            migrationBuilder.CreateTable(
                name: "indicator_intervention_months",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    intervention_type_id = table.Column<int>(type: "integer", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: false),
                    started = table.Column<int>(type: "integer", nullable: false),
                    work_or_studies6 = table.Column<int>(type: "integer", nullable: false),
                    work_or_studies12 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_intervention_months", x => new { x.month, x.unit_id, x.intervention_type_id });
                });

            migrationBuilder.CreateTable(
                name: "indicator_referral_months",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: false),
                    enrolled = table.Column<int>(type: "integer", nullable: false),
                    enrolled_sent_back12 = table.Column<int>(type: "integer", nullable: false),
                    enrolled_work_or_studies12 = table.Column<int>(type: "integer", nullable: false),
                    job_plans_due = table.Column<int>(type: "integer", nullable: false),
                    job_plans_on_time = table.Column<int>(type: "integer", nullable: false),
                    closed_long_term_to_work = table.Column<int>(type: "integer", nullable: false),
                    closed_long_term_to_work_days = table.Column<long>(type: "bigint", nullable: false),
                    resurs_held = table.Column<int>(type: "integer", nullable: false),
                    resurs_queued = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_referral_months", x => new { x.month, x.unit_id });
                });

            migrationBuilder.CreateTable(
                name: "indicator_refreshes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_ms = table.Column<int>(type: "integer", nullable: false),
                    first_month = table.Column<DateOnly>(type: "date", nullable: false),
                    last_month = table.Column<DateOnly>(type: "date", nullable: false),
                    trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_refreshes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_version_quality",
                columns: table => new
                {
                    version_id = table.Column<long>(type: "bigint", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: false),
                    individual_with_subgoals = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_version_quality", x => x.version_id);
                    table.ForeignKey(
                        name: "fk_plan_version_quality_work_plan_versions_version_id",
                        column: x => x.version_id,
                        principalTable: "work_plan_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_aid_months_district_id_month",
                table: "indicator_aid_months",
                columns: new[] { "district_id", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_intervention_months_district_id_month",
                table: "indicator_intervention_months",
                columns: new[] { "district_id", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_referral_months_district_id_month",
                table: "indicator_referral_months",
                columns: new[] { "district_id", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_refreshes_finished_at",
                table: "indicator_refreshes",
                column: "finished_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_aid_months");

            migrationBuilder.DropTable(
                name: "indicator_intervention_months");

            migrationBuilder.DropTable(
                name: "indicator_referral_months");

            migrationBuilder.DropTable(
                name: "indicator_refreshes");

            migrationBuilder.DropTable(
                name: "plan_version_quality");
        }
    }
}
