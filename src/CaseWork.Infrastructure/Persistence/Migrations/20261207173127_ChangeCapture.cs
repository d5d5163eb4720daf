using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// One change capture for the due list and the indicator refresh (<c>ChangeCaptureSql</c>) in place of the two
    /// that each kept its own triggers on the same tables. A database made since creates it in the migration DueItems
    /// already; this one replaces the two on a database that has them, and recreates the capture on any other.
    /// </summary>
    public partial class ChangeCapture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChangeCaptureSql.DropSuperseded);
            migrationBuilder.Sql(ChangeCaptureSql.DropTriggersAndFunctions);
            migrationBuilder.Sql(DueItemsSql.Functions);
            migrationBuilder.Sql(ChangeCaptureSql.Functions);
            migrationBuilder.Sql(ChangeCaptureSql.Triggers);
        }

        /// <inheritdoc />
        /// <remarks>Nothing to undo: the capture it leaves is the one migration DueItems creates.</remarks>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
