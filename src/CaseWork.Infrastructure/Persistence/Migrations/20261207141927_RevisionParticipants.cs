using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RevisionParticipants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "participant_applicant",
                table: "work_plan_versions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "participant_coach",
                table: "work_plan_versions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "participant_others",
                table: "work_plan_versions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "participant_social_worker",
                table: "work_plan_versions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // A revision made after a talk was made with the talk's participants: the editor now ticks them the same way.
            migrationBuilder.Sql("""
                UPDATE work_plan_versions v
                SET participant_applicant = t.applicant_took_part, participant_social_worker = t.social_worker_took_part,
                    participant_coach = t.coach_took_part, participant_others = t.other_participants
                FROM follow_up_talks t
                WHERE t.id = v.caused_by_follow_up_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "participant_applicant",
                table: "work_plan_versions");

            migrationBuilder.DropColumn(
                name: "participant_coach",
                table: "work_plan_versions");

            migrationBuilder.DropColumn(
                name: "participant_others",
                table: "work_plan_versions");

            migrationBuilder.DropColumn(
                name: "participant_social_worker",
                table: "work_plan_versions");
        }
    }
}
