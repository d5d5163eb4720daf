using CaseWork.Domain.Applicants;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Persistence;

/// <summary>The raw SQL's statement of "aid paid" agrees with the domain's (<see cref="LongTermAidRule"/>).</summary>
public class AidPaidSqlTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public void TheDecisionsInSql_AreThoseTheDomainCountsAsPaid() =>
        AidPaidSql.Decisions.ShouldBe($"({string.Join(", ", Enum.GetValues<AidDecision>().Where(LongTermAidRule.CountsAsAid).Select(d => $"'{d}'"))})");

    [Fact]
    public async Task TheSqlAndTheQueryExpression_FindTheSameMonths()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var today = AppTime.Today;
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        await using (var write = App.NewDbContext())
        {
            var tracked = await write.Applicants.IgnoreQueryFilters().Include(a => a.AidMonths).SingleAsync(a => a.Id == applicant.Id);
            foreach (var (decision, monthsAgo) in Enum.GetValues<AidDecision>().Select((d, i) => (d, i + 1)))
            {
                var month = to.AddMonths(-monthsAgo);
                tracked.RecordAidMonth(month.Year, month.Month, decision, today);
            }

            await write.SaveChangesAsync();
        }

        await using var db = App.NewDbContext();
        var byExpression = await db.AidMonths.Where(m => m.ApplicantId == applicant.Id).Where(LongTermAidRule.PaidBetween(from, to))
            .Select(m => m.Month).OrderBy(m => m).ToListAsync();
        var bySql = await db.Database
            .SqlQueryRaw<DateOnly>($"SELECT month AS \"Value\" FROM aid_months WHERE applicant_id = {{0}} AND month BETWEEN {{1}} AND {{2}} AND decision IN {AidPaidSql.Decisions} ORDER BY month", applicant.Id, from, to)
            .ToListAsync();

        byExpression.Count.ShouldBe(2);
        bySql.ShouldBe(byExpression);
    }
}
