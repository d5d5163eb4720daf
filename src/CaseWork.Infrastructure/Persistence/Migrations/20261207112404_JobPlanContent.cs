using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JobPlanContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "deeper_job_plan_content",
                table: "referrals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "job_plan_content",
                table: "referrals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "deeper_job_plan_content",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "job_plan_content",
                table: "referrals");
        }
    }
}
