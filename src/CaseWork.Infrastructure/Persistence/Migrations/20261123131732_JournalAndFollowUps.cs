using System;
using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JournalAndFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "next_follow_up_on",
                table: "work_plans",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "journal_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    event_date = table.Column<DateOnly>(type: "date", nullable: false),
                    text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    corrects_note_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_journal_notes_applicants_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "applicants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_journal_notes_journal_notes_corrects_note_id",
                        column: x => x.corrects_note_id,
                        principalTable: "journal_notes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_talks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    applicant_took_part = table.Column<bool>(type: "boolean", nullable: false),
                    social_worker_took_part = table.Column<bool>(type: "boolean", nullable: false),
                    coach_took_part = table.Column<bool>(type: "boolean", nullable: false),
                    other_participants = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    what_came_up = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    assessment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    plan_to_be_revised = table.Column<bool>(type: "boolean", nullable: false),
                    next_follow_up_on = table.Column<DateOnly>(type: "date", nullable: false),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    journal_note_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_talks", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_talks_applicants_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "applicants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_follow_up_talks_journal_notes_journal_note_id",
                        column: x => x.journal_note_id,
                        principalTable: "journal_notes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monthly_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    attendance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    days_attended = table.Column<int>(type: "integer", nullable: true),
                    job_applications = table.Column<int>(type: "integer", nullable: false),
                    decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    journal_note_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monthly_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_monthly_checks_applicants_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "applicants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_monthly_checks_journal_notes_journal_note_id",
                        column: x => x.journal_note_id,
                        principalTable: "journal_notes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_talks_applicant_id_held_on",
                table: "follow_up_talks",
                columns: new[] { "applicant_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_talks_journal_note_id",
                table: "follow_up_talks",
                column: "journal_note_id");

            migrationBuilder.CreateIndex(
                name: "ix_journal_notes_applicant_id_event_date_id",
                table: "journal_notes",
                columns: new[] { "applicant_id", "event_date", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_journal_notes_corrects_note_id",
                table: "journal_notes",
                column: "corrects_note_id");

            migrationBuilder.CreateIndex(
                name: "ix_monthly_checks_applicant_id_month",
                table: "monthly_checks",
                columns: new[] { "applicant_id", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_monthly_checks_journal_note_id",
                table: "monthly_checks",
                column: "journal_note_id");

            migrationBuilder.Sql(JournalSql.RefuseChangeOfSignedNote);
            migrationBuilder.Sql(JournalSql.BackfillNextFollowUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(JournalSql.DropRefuseChangeOfSignedNote);

            migrationBuilder.DropTable(
                name: "follow_up_talks");

            migrationBuilder.DropTable(
                name: "monthly_checks");

            migrationBuilder.DropTable(
                name: "journal_notes");

            migrationBuilder.DropColumn(
                name: "next_follow_up_on",
                table: "work_plans");
        }
    }
}
