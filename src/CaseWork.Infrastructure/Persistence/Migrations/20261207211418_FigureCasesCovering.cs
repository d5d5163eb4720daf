using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FigureCasesCovering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_indicator_aid_facts_district_id_unit_id",
                table: "indicator_aid_facts");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_aid_facts_district_id_unit_id",
                table: "indicator_aid_facts",
                columns: new[] { "district_id", "unit_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "applicant_id", "paid_bits", "checked_bits", "planned_bits" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_indicator_aid_facts_district_id_unit_id",
                table: "indicator_aid_facts");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_aid_facts_district_id_unit_id",
                table: "indicator_aid_facts",
                columns: new[] { "district_id", "unit_id" });
        }
    }
}
