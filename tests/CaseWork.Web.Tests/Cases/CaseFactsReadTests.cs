using System.Text.Json;
using CaseWork.Domain.Access;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Investigations;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.Applicants;
using CaseWork.Web.Pages.Journal;
using CaseWork.Web.Tests.Journal;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Cases;

/// <summary>
/// <see cref="CaseQuery.CaseFacts"/> applies the scope once, on the applicants, and reads the plans, versions and
/// investigations by the applicant's id (issue 17). It gives the facts the earlier read gave, with the filter repeated in
/// each subquery (kept here as the oracle), for every applicant of the demo set and as each role, and so does the case
/// page, which takes them from its own reads (<see cref="CaseFileQuery"/>), and the register's rows
/// (<see cref="ApplicantListQuery"/>); and no one reads the facts of a case outside
/// their scope.
/// </summary>
public class CaseFactsReadTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task CaseFacts_GiveWhatTheReadWithTheFilterInEachSubqueryGave_ForEveryDemoApplicant_AsEachRole()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedApplicantsAsync(120, seed: 7);
            await new PlanDemoSeeder(scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>(), AppTimeClock).SeedAsync(CancellationToken.None);
        }

        await SignSomeInvestigationsAsync();
        var today = AppTime.Today;
        List<(Guid Id, int UnitId, int DistrictId)> all;
        await using (var db = App.NewDbContext())
        {
            all = (await db.Applicants.IgnoreQueryFilters().Select(a => new { a.Id, a.UnitId, a.DistrictId }).ToListAsync())
                .Select(a => (a.Id, a.UnitId, a.DistrictId)).ToList();
        }

        var roles = new Dictionary<string, AccessScope>
        {
            ["social worker, Spånga-Tensta"] = new(Org.SpangaTenstaUnit, null, CanWriteCases: true, CanWritePlans: true),
            ["unit head, Spånga-Tensta"] = new(Org.SpangaTenstaUnit, null, CanWriteCases: true),
            ["social worker, Hägersten"] = new(Org.HagerstenUnit, null, CanWriteCases: true, CanWritePlans: true),
            ["manager, Spånga-Tensta"] = new(null, Org.SpangaTenstaDistrict, CanWriteCases: false),
            ["coach"] = new(null, null, CanWriteCases: false) { JobCentreId = 1 },
            ["administrator"] = AccessScope.None,
        };
        var checkedSome = false;
        foreach (var (role, scope) in roles)
        {
            await using var db = App.NewDbContext(new ScopedTestUser(scope));
            var ids = all.Select(a => a.Id).ToList();
            var read = await db.CaseFacts(db.Applicants.AsNoTracking().Where(a => ids.Contains(a.Id)), today).ToListAsync();
            var oracle = await OracleFacts(db, db.Applicants.AsNoTracking().Where(a => ids.Contains(a.Id)), today).ToListAsync();

            var inScope = all.Where(a => scope.UnitId is { } unit ? a.UnitId == unit : scope.DistrictId is { } district && a.DistrictId == district)
                .Select(a => a.Id).ToHashSet();
            read.Select(f => f.Id).ToHashSet().SetEquals(inScope).ShouldBeTrue(role);
            Shown(read).ShouldBe(Shown(oracle), role);

            // The case page takes the same facts from its own reads.
            var onCasePage = new List<ApplicantCaseFacts>();
            foreach (var id in inScope)
            {
                onCasePage.Add((await CaseFileQuery.LoadAsync(db, id, null, null, today, CancellationToken.None))!.Facts);
            }

            Shown(onCasePage).ShouldBe(Shown(oracle), role);

            // So does the register, page by page: each row's aid months and the signals the list shows.
            var quality = new PlanQualityRules(new PlanQualityOptions());
            var listed = new List<string>();
            string? after = null;
            do
            {
                var page = await ApplicantListQuery.LoadAsync(db, quality, new ApplicantListRequest(null, false, false, after, null), today, CancellationToken.None);
                listed.AddRange(page.Rows.Select(r => $"{r.Id} {r.AidMonthsInWindow} [{string.Join(',', r.Signals)}]"));
                after = page.NextCursor;
            }
            while (after is not null);

            listed.Order(StringComparer.Ordinal).ShouldBe(
                oracle.Select(f => $"{f.Id} {f.AidMonthsInWindow} [{string.Join(',', f.Signals(quality, today).Where(ApplicantListQuery.ListSignals.Contains))}]")
                    .Order(StringComparer.Ordinal),
                role);
            checkedSome |= read.Any(f => f.ActivePlanContent is not null) && read.Any(f => f.HasSignedInvestigation) && read.Any(f => f.ReceivingAid);
        }

        checkedSome.ShouldBeTrue("the demo set holds active plans, signed investigations and aid this month");
    }

    [Fact]
    public async Task CaseFacts_OfAnotherUnitsCase_AreNotRead_NotEvenItsPlanOrInvestigation()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedApplicantsAsync(40, seed: 7);
            await new PlanDemoSeeder(scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>(), AppTimeClock).SeedAsync(CancellationToken.None);
        }

        await SignSomeInvestigationsAsync();
        await using var db = App.NewDbContext(new ScopedTestUser(new AccessScope(Org.HagerstenUnit, null, CanWriteCases: true, CanWritePlans: true)));
        var spangaTensta = await db.Applicants.IgnoreQueryFilters().Where(a => a.UnitId == Org.SpangaTenstaUnit).Select(a => a.Id).ToListAsync();
        spangaTensta.ShouldNotBeEmpty();

        // Asked by id, as a page would be with an id from the address: nothing of them comes back.
        (await db.CaseFacts(db.Applicants.AsNoTracking().Where(a => spangaTensta.Contains(a.Id)), AppTime.Today).ToListAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task JournalPage_OfAnotherUnitsCase_ReadsNoNote_ThoughItsScopeIsTestedOnce()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await App.AddNoteAsync(applicant.Id, Org.UserIds["socialsekreterare.st"], AppTime.Today);

        await using (var own = App.NewDbContext(new ScopedTestUser(new AccessScope(Org.SpangaTenstaUnit, null, CanWriteCases: true, CanWritePlans: true))))
        {
            (await CaseFileQuery.LoadAsync(own, applicant.Id, null, null, AppTime.Today, CancellationToken.None))!.Journal.Notes.ShouldHaveSingleItem();
        }

        await using var other = App.NewDbContext(new ScopedTestUser(new AccessScope(Org.HagerstenUnit, null, CanWriteCases: true, CanWritePlans: true)));
        (await CaseFileQuery.LoadAsync(other, applicant.Id, null, null, AppTime.Today, CancellationToken.None)).ShouldBeNull();
    }

    private static TimeProvider AppTimeClock => Domain.Calendar.SwedishTime.Clock;

    /// <summary>The demo plans come without investigations: every third applicant with a plan gets a signed one, the next an unsigned one.</summary>
    private async Task SignSomeInvestigationsAsync()
    {
        await using var db = App.NewDbContext();
        var applicants = await db.WorkPlans.IgnoreQueryFilters().Select(p => p.ApplicantId).Distinct().OrderBy(id => id).ToListAsync();
        var worker = Org.UserIds["socialsekreterare.st"];
        var sections = new InvestigationSections("Lager", "Gymnasium", "God", "Frisk", "Inga", "Van vid truck", "Vill arbeta", "Kan arbeta heltid.");
        for (var i = 0; i < applicants.Count; i += 3)
        {
            var investigation = BasicInvestigation.Start(applicants[i], worker, sections, AppTime.UtcNow);
            investigation.Sign(worker, AppTime.UtcNow);
            db.BasicInvestigations.Add(investigation);
            if (i + 1 < applicants.Count)
            {
                db.BasicInvestigations.Add(BasicInvestigation.Start(applicants[i + 1], worker, sections, AppTime.UtcNow));
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Each row as the pages use it, the plan snapshot as its JSON (its lists compare by reference).</summary>
    private static List<string> Shown(IEnumerable<ApplicantCaseFacts> facts) =>
        [.. facts.OrderBy(f => f.Id).Select(f =>
            $"{f.Id} {f.AidMonthsInWindow} {f.ReceivingAid} {f.ActivePlanVersion} {f.NextFollowUpOn} {f.HasSignedInvestigation} {JsonSerializer.Serialize(f.ActivePlanContent)}")];

    /// <summary>The read as it was before issue 17: every subquery through the filtered sets, the scope in each.</summary>
    private static IQueryable<ApplicantCaseFacts> OracleFacts(CaseWorkDbContext db, IQueryable<Applicant> applicants, DateOnly today)
    {
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var paid = LongTermAidRule.PaidBetween(from, to);
        var recent = LongTermAidRule.PaidBetween(LongTermAidRule.ReceivingAidFrom(today), to);
        return applicants.Select(a => new ApplicantCaseFacts
        {
            Id = a.Id,
            AidMonthsInWindow = a.AidMonths.AsQueryable().Count(paid),
            ReceivingAid = a.AidMonths.AsQueryable().Any(recent),
            ActivePlanContent = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                .Select(p => p.Versions.OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefault())
                .FirstOrDefault(),
            ActivePlanVersion = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                .Select(p => p.Versions.Max(v => (int?)v.Number)).FirstOrDefault(),
            NextFollowUpOn = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                .Select(p => p.NextFollowUpOn).FirstOrDefault(),
            HasSignedInvestigation = db.BasicInvestigations.Any(i => i.ApplicantId == a.Id && i.SignedAt != null),
        });
    }
}
