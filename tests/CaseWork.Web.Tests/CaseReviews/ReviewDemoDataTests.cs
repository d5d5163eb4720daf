using CaseWork.Domain.Calendar;
using CaseWork.Domain.CaseReviews;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseWork.Web.Tests.CaseReviews.ReviewArrangements;

namespace CaseWork.Web.Tests.CaseReviews;

public class ReviewDemoDataTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task TheDemo_FlagsTheWorkerReviewedSevenMonthsAgo_NotTheOneReviewedTwoMonthsAgo()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedApplicantsAsync(150, seed: 7);
        }

        // The demo spreads applicants over every social worker of a unit, including those other tests have created, so
        // each of the two reviewed workers is given a case of their own.
        foreach (var reviewed in new[] { CaseReviewDemoSeeder.RecentlyReviewed, CaseReviewDemoSeeder.ReviewedLongAgo })
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: await App.UserIdAsync(reviewed));
        }

        await using (var db = App.NewDbContext())
        {
            await new CaseReviewDemoSeeder(db, SwedishTime.Clock).SeedAsync(CancellationToken.None);
        }

        await using (var read = App.NewDbContext())
        {
            var reviews = await read.CaseReviews.IgnoreQueryFilters().ToListAsync();
            reviews.Count.ShouldBe(2);
            reviews.ShouldAllBe(r => r.Status == CaseReviewStatus.Completed);
            (await read.CaseReviewEntries.IgnoreQueryFilters().CountAsync(e => e.FactsAtSigning == null)).ShouldBe(0);
        }

        var head = await SignInAsync(Head);
        var html = await (await head.GetAsync("/CaseReviews")).TextAsync();
        Row(html, "Sara Lindqvist").ShouldNotContain("Ingen genomgång på sex månader");
        Row(html, await App.DisplayNameAsync(CaseReviewDemoSeeder.ReviewedLongAgo)).ShouldContain("Ingen genomgång på sex månader");

        var worker = await SignInAsync(Worker);
        (await (await worker.GetAsync("/Due")).TextAsync()).ShouldContain("Ärendegenomgång: ");
    }

    private static string Row(string html, string name)
    {
        var start = html.IndexOf($">{name}</th>", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
