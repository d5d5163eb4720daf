using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JobbtorgReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "job_centre_id",
                table: "AspNetUsers",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "intervention_types",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intervention_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "job_centres",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_centres", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "resurs_places",
                columns: table => new
                {
                    district_id = table.Column<int>(type: "integer", nullable: false),
                    places = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resurs_places", x => x.district_id);
                    table.CheckConstraint("ck_resurs_places_not_negative", "places >= 0");
                    table.ForeignKey(
                        name: "fk_resurs_places_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: false),
                    job_centre_id = table.Column<int>(type: "integer", nullable: false),
                    program = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    referred_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    work_capacity_percent = table.Column<int>(type: "integer", nullable: false),
                    languages = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    plan_expectations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    first_visit_on = table.Column<DateOnly>(type: "date", nullable: true),
                    job_plan_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deeper_job_plan_on = table.Column<DateOnly>(type: "date", nullable: true),
                    joint_follow_up_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closure_reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    closure_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    place_granted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    place_granted_from_queue = table.Column<bool>(type: "boolean", nullable: false),
                    place_notice_acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    consent_given = table.Column<bool>(type: "boolean", nullable: false),
                    consent_recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    consent_scope = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_applicants_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "applicants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_referrals_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_job_centres_job_centre_id",
                        column: x => x.job_centre_id,
                        principalTable: "job_centres",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attendance_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    days_attended = table.Column<int>(type: "integer", nullable: false),
                    days_expected = table.Column<int>(type: "integer", nullable: false),
                    reported_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_attendance_reports_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_interventions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    intervention_type_id = table.Column<int>(type: "integer", nullable: false),
                    start_on = table.Column<DateOnly>(type: "date", nullable: false),
                    end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    outcome_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_interventions", x => x.id);
                    table.ForeignKey(
                        name: "fk_referral_interventions_intervention_types_intervention_type",
                        column: x => x.intervention_type_id,
                        principalTable: "intervention_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referral_interventions_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_job_centre_id",
                table: "AspNetUsers",
                column: "job_centre_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_reports_applicant_id_month",
                table: "attendance_reports",
                columns: new[] { "applicant_id", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_reports_referral_id_month",
                table: "attendance_reports",
                columns: new[] { "referral_id", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_intervention_types_name",
                table: "intervention_types",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_centres_name",
                table: "job_centres",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referral_interventions_intervention_type_id",
                table: "referral_interventions",
                column: "intervention_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_referral_interventions_referral_id",
                table: "referral_interventions",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_applicant_id_sent_on",
                table: "referrals",
                columns: new[] { "applicant_id", "sent_on" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_district_id_program_closed_on_queued_at",
                table: "referrals",
                columns: new[] { "district_id", "program", "closed_on", "queued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_job_centre_id_closed_on_sent_on_id",
                table: "referrals",
                columns: new[] { "job_centre_id", "closed_on", "sent_on", "id" });

            migrationBuilder.AddForeignKey(
                name: "fk_asp_net_users_job_centres_job_centre_id",
                table: "AspNetUsers",
                column: "job_centre_id",
                principalTable: "job_centres",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_asp_net_users_job_centres_job_centre_id",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "attendance_reports");

            migrationBuilder.DropTable(
                name: "referral_interventions");

            migrationBuilder.DropTable(
                name: "resurs_places");

            migrationBuilder.DropTable(
                name: "intervention_types");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "job_centres");

            migrationBuilder.DropIndex(
                name: "ix_asp_net_users_job_centre_id",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "job_centre_id",
                table: "AspNetUsers");
        }
    }
}
