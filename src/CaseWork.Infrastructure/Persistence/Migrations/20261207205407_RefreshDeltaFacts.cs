using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RefreshDeltaFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_intervention_facts",
                columns: table => new
                {
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    intervention_type_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: false),
                    started = table.Column<int>(type: "integer", nullable: false),
                    work_or_studies6 = table.Column<int>(type: "integer", nullable: false),
                    work_or_studies12 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_intervention_facts", x => new { x.applicant_id, x.month, x.intervention_type_id });
                });

            migrationBuilder.CreateTable(
                name: "indicator_referral_facts",
                columns: table => new
                {
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("pk_indicator_referral_facts", x => new { x.applicant_id, x.month });
                });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_intervention_facts_district_id",
                table: "indicator_intervention_facts",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_intervention_facts_month_unit_id_intervention_typ",
                table: "indicator_intervention_facts",
                columns: new[] { "month", "unit_id", "intervention_type_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_referral_facts_district_id",
                table: "indicator_referral_facts",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_referral_facts_month_unit_id",
                table: "indicator_referral_facts",
                columns: new[] { "month", "unit_id" });

            // The per-applicant referral and intervention rows start empty: the next refresh rebuilds everything (ADR 0020).
            migrationBuilder.Sql("UPDATE indicator_refreshes SET counted_on = NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_intervention_facts");

            migrationBuilder.DropTable(
                name: "indicator_referral_facts");
        }
    }
}
