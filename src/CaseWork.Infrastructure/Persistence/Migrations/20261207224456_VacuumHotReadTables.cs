using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The tables that pages read index-only and that writes keep changing get vacuumed sooner than PostgreSQL's default
    /// (after a fifth of the table), so that their visibility map keeps up and the reads stay index-only: the due items
    /// the change capture rewrites, the access log's area rows inserted with every read (Loggkontroll reads the newest
    /// months), and the refresh's and retention's per-applicant rows. At 500,000 applicants a due list after a
    /// busy hour read 4,706 buffers instead of 148 until a vacuum ran (docs/performance.md, "Latest figures").
    /// </summary>
    public partial class VacuumHotReadTables : Migration
    {
        internal static readonly (string Table, string Settings)[] Tables =
        [
            ("due_items", "autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01"),
            ("audit_entry_areas", "autovacuum_vacuum_insert_scale_factor = 0.01"),
            ("indicator_aid_facts", "autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02"),
            ("file_last_entries", "autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, settings) in Tables)
            {
                migrationBuilder.Sql($"ALTER TABLE {table} SET ({settings});");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _) in Tables)
            {
                migrationBuilder.Sql($"ALTER TABLE {table} RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);");
            }
        }
    }
}
