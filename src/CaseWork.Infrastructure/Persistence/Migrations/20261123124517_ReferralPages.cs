using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReferralPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "job_plan_due_on",
                table: "referrals",
                type: "date",
                nullable: true);

            // Rows from before the column: five weekdays after the first visit (holidays are not known to SQL;
            // every first visit recorded from now on gets the exact deadline from the domain).
            migrationBuilder.Sql("""
                UPDATE referrals r SET job_plan_due_on = (
                    SELECT d::date FROM generate_series(r.first_visit_on + 1, r.first_visit_on + 14, interval '1 day') AS d
                    WHERE extract(isodow FROM d) < 6 ORDER BY d OFFSET 4 LIMIT 1)
                WHERE r.first_visit_on IS NOT NULL;
                """);

            migrationBuilder.Sql("""
                CREATE VIEW resurs_queue_positions AS
                SELECT r.id AS referral_id,
                       (1 + (SELECT count(*) FROM referrals o
                             WHERE o.district_id = r.district_id AND o.program = 'Resurs' AND o.closed_on IS NULL
                               AND o.place_granted_on IS NULL AND o.queued_at < r.queued_at))::int AS position
                FROM referrals r
                WHERE r.program = 'Resurs' AND r.closed_on IS NULL AND r.place_granted_on IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW resurs_queue_positions;");

            migrationBuilder.DropColumn(
                name: "job_plan_due_on",
                table: "referrals");
        }
    }
}
