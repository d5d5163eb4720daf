using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The last-entry triggers (<see cref="FileLastEntrySql"/>) recompute a file after an update only when its new rows no
    /// longer reach the kept date, and probe the files by key: an aid month written again for 2,000 applicants took
    /// 1.3 s in the trigger, 70 ms after (docs/performance.md, the incremental refresh's batch).
    /// </summary>
    public partial class RefreshLastEntryUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FileLastEntrySql.Functions);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FileLastEntrySql.FunctionsRecomputingEveryUpdate);
        }
    }
}
