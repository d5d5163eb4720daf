using CaseWork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseWork.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// A case review's decision reads "Inga åtgärder" (<c>NoAction</c>), not "Ok": the stored decisions follow the
    /// renamed value. Data only; the model is unchanged (the column is a string of at most 20 characters).
    /// </summary>
    [DbContext(typeof(CaseWorkDbContext))]
    [Migration("20261207062500_ReviewDecisionNoAction")]
    public partial class ReviewDecisionNoAction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE case_review_entries SET decision = 'NoAction' WHERE decision = 'Ok';");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE case_review_entries SET decision = 'Ok' WHERE decision = 'NoAction';");
    }
}
