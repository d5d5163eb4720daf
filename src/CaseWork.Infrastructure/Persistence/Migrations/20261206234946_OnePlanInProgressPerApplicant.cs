using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OnePlanInProgressPerApplicant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_plans_one_active_per_applicant",
                table: "work_plans");

            migrationBuilder.CreateIndex(
                name: "ix_work_plans_one_in_progress_per_applicant",
                table: "work_plans",
                column: "applicant_id",
                unique: true,
                filter: "status IN ('Draft', 'Active')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_plans_one_in_progress_per_applicant",
                table: "work_plans");

            migrationBuilder.CreateIndex(
                name: "ix_work_plans_one_active_per_applicant",
                table: "work_plans",
                column: "applicant_id",
                unique: true,
                filter: "status = 'Active'");
        }
    }
}
