using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkPlansAndInvestigations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "basic_investigations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sections = table.Column<string>(type: "jsonb", nullable: false),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_basic_investigations", x => x.id);
                    table.ForeignKey(
                        name: "fk_basic_investigations_applicants_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "applicants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    draft = table.Column<string>(type: "jsonb", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closure_reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    closure_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_plans_applicants_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "applicants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_agreements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applicant_agrees = table.Column<bool>(type: "boolean", nullable: false),
                    applicant_view = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    work_plan_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_plan_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_plan_agreements_work_plans_work_plan_id",
                        column: x => x.work_plan_id,
                        principalTable: "work_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    work_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    caused_by_follow_up_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_plan_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_plan_versions_work_plans_work_plan_id",
                        column: x => x.work_plan_id,
                        principalTable: "work_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_basic_investigations_applicant_id_signed_at",
                table: "basic_investigations",
                columns: new[] { "applicant_id", "signed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_work_plan_agreements_work_plan_id",
                table: "work_plan_agreements",
                column: "work_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_plan_versions_work_plan_id_number",
                table: "work_plan_versions",
                columns: new[] { "work_plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_plans_one_active_per_applicant",
                table: "work_plans",
                column: "applicant_id",
                unique: true,
                filter: "status = 'Active'");
            // A plan version is never changed: a change is the next version (deletion is left to retention).
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_work_plan_version_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'work plan versions are immutable' USING ERRCODE = 'P0001';
                END $$;
                CREATE TRIGGER work_plan_versions_immutable BEFORE UPDATE ON work_plan_versions
                    FOR EACH ROW EXECUTE FUNCTION refuse_work_plan_version_update();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS work_plan_versions_immutable ON work_plan_versions; DROP FUNCTION IF EXISTS refuse_work_plan_version_update();");

            migrationBuilder.DropTable(
                name: "basic_investigations");

            migrationBuilder.DropTable(
                name: "work_plan_agreements");

            migrationBuilder.DropTable(
                name: "work_plan_versions");

            migrationBuilder.DropTable(
                name: "work_plans");
        }
    }
}
