using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The date of each file's last entry, kept by the database (<see cref="FileLastEntrySql"/>), with the index the
    /// retention dry run reads the files past the five years by; filled for the files there are.
    /// </summary>
    public partial class RetentionLastEntry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FileLastEntrySql.CreateTable);
            migrationBuilder.Sql(FileLastEntrySql.Functions);
            migrationBuilder.Sql(FileLastEntrySql.Triggers);
            migrationBuilder.Sql(FileLastEntrySql.Backfill);

            migrationBuilder.Sql("ANALYZE file_last_entries;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FileLastEntrySql.DropTriggersAndFunctions);
            migrationBuilder.Sql(FileLastEntrySql.DropTable);
        }
    }
}
