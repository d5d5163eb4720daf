using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchAtNationalScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_applicants_district_id_search_name",
                table: "applicants",
                column: "district_id")
                .Annotation("Npgsql:IndexInclude", new[] { "search_name" });

            migrationBuilder.CreateIndex(
                name: "ix_applicants_unit_id_search_name",
                table: "applicants",
                column: "unit_id")
                .Annotation("Npgsql:IndexInclude", new[] { "search_name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applicants_district_id_search_name",
                table: "applicants");

            migrationBuilder.DropIndex(
                name: "ix_applicants_unit_id_search_name",
                table: "applicants");
        }
    }
}
