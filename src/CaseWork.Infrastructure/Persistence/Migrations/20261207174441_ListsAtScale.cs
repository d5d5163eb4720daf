using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListsAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_job_centre_id_closed_on_sent_on_id",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_job_centre_id_sent_on_id",
                table: "referrals",
                columns: new[] { "job_centre_id", "sent_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_user_name",
                table: "AspNetUsers",
                column: "user_name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_job_centre_id_sent_on_id",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_asp_net_users_user_name",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_job_centre_id_closed_on_sent_on_id",
                table: "referrals",
                columns: new[] { "job_centre_id", "closed_on", "sent_on", "id" });
        }
    }
}
