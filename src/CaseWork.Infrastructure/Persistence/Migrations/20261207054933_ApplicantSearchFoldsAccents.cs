using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ApplicantSearchFoldsAccents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            // The stored column is rebuilt on the one search rule; PostgreSQL cannot change a generated column's
            // expression in place, and dropping the column drops its trigram index, so both are made again.
            migrationBuilder.Sql(SearchSql.CreateFold);
            migrationBuilder.Sql(SearchSql.RebuildSearchName("casework_fold(first_name || ' ' || last_name)"));

            migrationBuilder.CreateIndex(
                name: "ix_applicants_district_id_personal_identity_number_id",
                table: "applicants",
                columns: new[] { "district_id", "personal_identity_number", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_applicants_unit_id_personal_identity_number_id",
                table: "applicants",
                columns: new[] { "unit_id", "personal_identity_number", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applicants_district_id_personal_identity_number_id",
                table: "applicants");

            migrationBuilder.DropIndex(
                name: "ix_applicants_unit_id_personal_identity_number_id",
                table: "applicants");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.Sql(SearchSql.RebuildSearchName("lower(first_name || ' ' || last_name)"));
            migrationBuilder.Sql(SearchSql.DropFold);
        }
    }
}
