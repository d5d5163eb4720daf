using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListsReferralPage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_applicant_id_sent_on",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_applicant_id_sent_on",
                table: "referrals",
                columns: new[] { "applicant_id", "sent_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_applicant_id_sent_on",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_applicant_id_sent_on",
                table: "referrals",
                columns: new[] { "applicant_id", "sent_on" });
        }
    }
}
