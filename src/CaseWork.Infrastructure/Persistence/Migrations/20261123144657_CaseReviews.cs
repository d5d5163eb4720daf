using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    worker_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    opened_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    review_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    signed_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_reviews_asp_net_users_worker_id",
                        column: x => x.worker_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_reviews_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_reviews_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_review_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recorded_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    facts_at_signing = table.Column<string>(type: "jsonb", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_review_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_review_entries_applicants_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "applicants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_review_entries_case_reviews_review_id",
                        column: x => x.review_id,
                        principalTable: "case_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    owner_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_actions_asp_net_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_review_actions_case_review_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "case_review_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_review_actions_case_reviews_review_id",
                        column: x => x.review_id,
                        principalTable: "case_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_review_entries_applicant_id",
                table: "case_review_entries",
                column: "applicant_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_review_entries_review_id_applicant_id",
                table: "case_review_entries",
                columns: new[] { "review_id", "applicant_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_reviews_district_id_completed_on",
                table: "case_reviews",
                columns: new[] { "district_id", "completed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_case_reviews_one_ongoing_per_worker",
                table: "case_reviews",
                column: "worker_id",
                unique: true,
                filter: "status = 'Ongoing'");

            migrationBuilder.CreateIndex(
                name: "ix_case_reviews_unit_id_worker_id_completed_on",
                table: "case_reviews",
                columns: new[] { "unit_id", "worker_id", "completed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_review_actions_entry_id",
                table: "review_actions",
                column: "entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_actions_owner_id_due_on",
                table: "review_actions",
                columns: new[] { "owner_id", "due_on" },
                filter: "done_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_review_actions_review_id",
                table: "review_actions",
                column: "review_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_actions");

            migrationBuilder.DropTable(
                name: "case_review_entries");

            migrationBuilder.DropTable(
                name: "case_reviews");
        }
    }
}
