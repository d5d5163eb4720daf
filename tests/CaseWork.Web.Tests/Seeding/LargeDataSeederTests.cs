using CaseWork.Domain.Access;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.Calendar;
using CaseWork.Domain.People;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Seeding;

/// <summary>The benchmark data set, loaded small: every table filled, the rules the app keeps kept, the set repeatable.</summary>
public class LargeDataSeederTests(AppFixture app) : AppTest(app)
{
    private const int Applicants = 200;

    [Fact]
    public async Task LargeSeeder_FillsEveryCaseTable_ByBinaryCopy()
    {
        var changesBefore = await ChangesNotedAsync();
        var report = await SeedAsync(Applicants);

        report.Applicants.ShouldBe(Applicants);
        report.Rows.Keys.ShouldBe(
            ["applicants", "aid_months", "basic_investigations", "work_plans", "work_plan_versions", "work_plan_agreements", "journal_notes",
             "monthly_checks", "follow_up_talks", "referrals", "referral_interventions", "attendance_reports", "audit_entries", "phrases"],
            ignoreOrder: true);
        await using var db = App.NewDbContext();
        foreach (var (table, rows) in report.Rows)
        {
            rows.ShouldBeGreaterThan(0, table);
            ((long)await CountAsync(db, table)).ShouldBe(rows, table);
        }

        // The copied rows are not noted one by one for the incremental refresh: the figures are rebuilt after a load.
        (await ChangesNotedAsync()).ShouldBe(changesBefore);
    }

    private async Task<int> ChangesNotedAsync()
    {
        await using var db = App.NewDbContext();
        return await db.IndicatorChanges.CountAsync();
    }

    [Fact]
    public async Task LargeSeeder_SpreadsApplicantsOverTheirUnitsSocialWorkers_WithValidPersonnummer()
    {
        await SeedAsync(Applicants);

        await using var db = App.NewDbContext();
        var applicants = await db.Applicants.IgnoreQueryFilters().AsNoTracking().Include(a => a.AidMonths).ToListAsync();
        var workerUnits = await db.Users.AsNoTracking().Where(u => u.UnitId != null).ToDictionaryAsync(u => u.Id, u => u.UnitId);
        var today = AppTime.Today;
        applicants.Select(a => a.PersonalIdentityNumber).Distinct().Count().ShouldBe(Applicants);
        applicants.Where(a => PersonalIdentityNumber.TryParse(a.PersonalIdentityNumber, today, out _) != PersonalIdentityNumberError.None).ShouldBeEmpty();
        applicants.Where(a => a.AssignedWorkerId != null).ShouldAllBe(a => workerUnits[a.AssignedWorkerId!] == a.UnitId);
        applicants.Where(a => a.UnitId == Org.SpangaTenstaUnit).Select(a => a.AssignedWorkerId).Distinct().Count().ShouldBeGreaterThan(1);
        applicants.Select(a => a.DistrictId).Distinct().Count().ShouldBe(5);

        // Some on aid all year, some who started or stopped during it.
        applicants.ShouldAllBe(a => a.AidMonths.Count >= 1 && a.AidMonths.Count <= 12);
        applicants.Count(a => a.IsLongTerm(today)).ShouldBeInRange(Applicants / 4, Applicants * 3 / 4);
        applicants.ShouldContain(a => a.AidMonths.Count < 12 && a.AidMonths.Max(m => m.Month) == new DateOnly(today.Year, today.Month, 1));
        applicants.ShouldContain(a => a.AidMonths.Max(m => m.Month) < new DateOnly(today.Year, today.Month, 1).AddMonths(-2));
        applicants.SelectMany(a => a.AidMonths).ShouldContain(m => m.Decision == AidDecision.Refused);
    }

    [Fact]
    public async Task LargeSeeder_Referrals_FollowTheLifecycleAndTheDeadlines()
    {
        await SeedAsync(Applicants);

        await using var db = App.NewDbContext();
        var referrals = await db.Referrals.IgnoreQueryFilters().AsNoTracking().Include(r => r.Interventions).ToListAsync();
        var today = AppTime.Today;
        referrals.Select(r => r.ApplicantId).Distinct().Count().ShouldBeInRange(Applicants / 8, Applicants / 2);
        foreach (var referral in referrals)
        {
            referral.ShouldSatisfyAllConditions(
                () => (referral.ReceivedOn ?? referral.SentOn).ShouldBeGreaterThanOrEqualTo(referral.SentOn),
                () => (referral.FirstVisitOn ?? today).ShouldBeGreaterThanOrEqualTo(referral.ReceivedOn ?? referral.SentOn),
                () => referral.JobPlanDueOn.ShouldBe(referral.FirstVisitOn is { } first ? JobPlanDeadline.JobPlanDue(first) : null),
                () => (referral.JobPlanOn ?? today).ShouldBeGreaterThanOrEqualTo(referral.FirstVisitOn ?? referral.SentOn),
                () => (referral.ClosedOn ?? today).ShouldBeGreaterThanOrEqualTo(referral.FirstVisitOn ?? referral.SentOn),
                () => referral.Interventions.ShouldAllBe(i => i.StartOn >= referral.FirstVisitOn && (i.EndOn == null || i.EndOn >= i.StartOn)),
                () => new[] { referral.ClosedOn, referral.JobPlanOn, referral.FirstVisitOn }.ShouldAllBe(d => d == null || d <= today));
        }

        referrals.ShouldContain(r => r.IsJobPlanLate(today));
        referrals.ShouldContain(r => r.FirstVisitOn != null && !r.IsJobPlanLate(today));
        referrals.ShouldContain(r => r.ClosureReason == ReferralClosureReason.SentBack && r.ClosureNote != null);
        referrals.ShouldContain(r => r.ClosedOn == null && r.FirstVisitOn != null && r.Interventions.Any(i => i.EndOn == null));
        var places = await db.ResursPlaces.AsNoTracking().ToDictionaryAsync(p => p.DistrictId, p => p.Places);
        referrals.Where(r => r.HoldsPlace).GroupBy(r => r.DistrictId).ShouldAllBe(g => g.Count() <= places[g.Key]);
    }

    [Fact]
    public async Task LargeSeeder_PlansAndFollowUps_ReadAsTheAppWroteThem()
    {
        await SeedAsync(Applicants);

        await using var db = App.NewDbContext();
        var plans = await db.WorkPlans.IgnoreQueryFilters().AsNoTracking().Include(p => p.Versions).ToListAsync();
        var today = AppTime.Today;
        var quality = new PlanQualityRules(new PlanQualityOptions());
        var active = plans.Where(p => p.Status == WorkPlanStatus.Active).ToList();
        active.ShouldNotBeEmpty();
        active.ShouldAllBe(p => p.Versions.Count >= 1 && p.Agreements.Count == p.Versions.Count);
        foreach (var version in plans.SelectMany(p => p.Versions))
        {
            Should.NotThrow(version.Content.EnsureConsistent);
        }

        active.ShouldContain(p => p.CurrentVersion!.Content.ValidTo < today);
        active.ShouldContain(p => p.CurrentVersion!.Content.ValidTo >= today);
        active.ShouldContain(p => quality.IsGenericGoal(p.CurrentVersion!.Content.Goal));
        active.ShouldContain(p => !quality.IsGenericGoal(p.CurrentVersion!.Content.Goal) && p.CurrentVersion!.Content.Subgoals.Count > 0);
        active.ShouldContain(p => p.CurrentVersion!.Content.Subgoals.Count == 0);

        var checks = await db.MonthlyChecks.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var decisions = await db.AidMonths.AsNoTracking().ToDictionaryAsync(m => (m.ApplicantId, m.Month), m => m.Decision);
        var notes = await db.JournalNotes.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(n => n.Id);
        checks.ShouldAllBe(c => decisions[ValueTuple.Create(c.ApplicantId, c.Month)] == c.Decision);
        checks.ShouldAllBe(c => notes[c.JournalNoteId].IsSigned && notes[c.JournalNoteId].ApplicantId == c.ApplicantId);
        checks.Count.ShouldBeLessThan(decisions.Count);
        checks.ShouldContain(c => c.RecordedAt.DateInSweden() > c.Month.AddMonths(1).AddDays(-1));
        // The pages and the journal put the decision before its motivation ("Reducerat: …"); the seeded motivation
        // must not say it again ("Reducerat: Reducerat: …").
        checks.ShouldContain(c => c.DecisionText != null);
        checks.ShouldAllBe(c => c.DecisionText == null
            || !(c.DecisionText.StartsWith("Reducerat", StringComparison.OrdinalIgnoreCase) || c.DecisionText.StartsWith("Avslag", StringComparison.OrdinalIgnoreCase)));
        (await db.FollowUpTalks.IgnoreQueryFilters().AsNoTracking().ToListAsync()).ShouldAllBe(t => notes[t.JournalNoteId].ApplicantId == t.ApplicantId);
    }

    [Fact]
    public async Task LargeSeeder_StaffsUnitsLikeACity_About70CasesAWorkerAnd12WorkersAUnit_WithNamesSpreadAsInARegister()
    {
        // Enough applicants that every district needs a unit of at least eight social workers.
        const int City = 6_000;
        await using (var before = App.NewDbContext())
        {
            _organisation = (await before.Districts.Select(d => d.Id).ToListAsync(), await before.Units.Select(u => u.Id).ToListAsync());
            // Users that other tests of the run created stay (the organisation is not reset between tests); a city's
            // units have only the demo staff and the seeder's, so those users leave their units while this test runs.
            var demo = Org.UserIds.Values.ToList();
            _visitors = await before.Users.Where(u => u.UnitId != null && !demo.Contains(u.Id)).Select(u => new { u.Id, u.UnitId })
                .ToDictionaryAsync(u => u.Id, u => u.UnitId!.Value);
            await before.Users.Where(u => _visitors.Keys.Contains(u.Id)).ExecuteUpdateAsync(u => u.SetProperty(x => x.UnitId, (int?)null));
        }

        await SeedAsync(City);

        await using var db = App.NewDbContext();
        var caseloads = await db.Applicants.IgnoreQueryFilters().Where(a => a.AssignedWorkerId != null)
            .GroupBy(a => a.AssignedWorkerId!).Select(g => new { Worker = g.Key, Cases = g.Count() }).ToListAsync();
        caseloads.ShouldAllBe(c => c.Cases >= 50 && c.Cases <= 90);
        caseloads.Average(c => c.Cases).ShouldBeInRange(62, 78);
        var benchUser = await db.Users.Where(u => u.UserName == "socialsekreterare.st").Select(u => u.Id).SingleAsync();
        caseloads.ShouldContain(c => c.Worker == benchUser);

        var workersPerUnit = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && db.Applicants.IgnoreQueryFilters().Any(a => a.AssignedWorkerId == u.Id))
            .GroupBy(u => u.UnitId).Select(g => g.Count()).ToListAsync();
        workersPerUnit.Count.ShouldBeGreaterThan(5);
        workersPerUnit.ShouldAllBe(n => n >= 8 && n <= 15);

        // A few hundred names, the common ones common (Andersson about one in twenty), Swedish and of those who came later.
        var names = await db.Applicants.IgnoreQueryFilters().Select(a => new { a.FirstName, a.LastName }).ToListAsync();
        var surnames = names.GroupBy(n => n.LastName).Select(g => (Name: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        surnames.Count.ShouldBeGreaterThan(180);
        surnames[0].Name.ShouldBe("Andersson");
        ((double)surnames[0].Count / City).ShouldBeInRange(0.02, 0.10);
        surnames.ShouldContain(s => s.Name == "Öberg");
        surnames.ShouldContain(s => s.Name == "Yilmaz");
        names.Select(n => n.FirstName).Distinct().Count().ShouldBeGreaterThan(150);
        names.ShouldContain(n => n.FirstName.Contains('å', StringComparison.OrdinalIgnoreCase) || n.FirstName.Contains('ö', StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task LargeSeeder_WritesAYearOfReads_MostlyOwnCasesWithAFewStatedReasonsAndRefusals()
    {
        await SeedAsync(Applicants);

        await using var db = App.NewDbContext();
        var log = await db.AuditEntries.AsNoTracking().ToListAsync();
        var workers = await db.Applicants.IgnoreQueryFilters().ToDictionaryAsync(a => a.Id, a => a.AssignedWorkerId);
        var reads = log.Where(e => e.Action == AuditAction.ApplicantViewed).ToList();
        log.Count.ShouldBeInRange(Applicants * 3, Applicants * 12);
        log.Select(e => e.OccurredAt.DateInSweden().Month).Distinct().Count().ShouldBe(12);
        log.ShouldAllBe(e => e.OccurredAt <= AppTime.UtcNow);
        log.Select(e => e.UserId).Distinct().Count().ShouldBeGreaterThan(5);
        log.ShouldContain(e => e.Action == AuditAction.ApplicantListSearched && e.ApplicantId == null);
        reads.Where(e => e.Purpose == ReadPurpose.OwnCase).ShouldAllBe(e => workers[e.ApplicantId!.Value] == null || workers[e.ApplicantId!.Value] == e.UserId);
        reads.Count(e => e.Purpose == ReadPurpose.OwnCase).ShouldBeGreaterThan(reads.Count * 8 / 10);
        reads.ShouldContain(e => e.Purpose == ReadPurpose.StatedReason && e.Reason != null);
        reads.ShouldContain(e => e.Purpose == ReadPurpose.Covering);
        // What the checker is shown by default is a small share of the reads.
        log.Count(e => e.Purpose is ReadPurpose.StatedReason or ReadPurpose.Refused).ShouldBeLessThan(log.Count / 20);
    }

    [Fact]
    public async Task LargeSeeder_SameCountOnTheSameDay_GivesTheSameCases()
    {
        await SeedAsync(60);
        var first = await FingerprintAsync();
        await App.ResetAsync();
        await SeedAsync(60);

        (await FingerprintAsync()).ShouldBe(first);
    }

    /// <summary>The districts and units before a load that grew them: the organisation outlives the reset, so the test removes what it added.</summary>
    private (List<int> Districts, List<int> Units)? _organisation;

    private Dictionary<string, int> _visitors = [];

    public override async Task DisposeAsync()
    {
        if (_organisation is { } kept)
        {
            await App.ResetAsync();
            await using var db = App.NewDbContext();
            var added = db.Users.Where(u => u.UserName!.StartsWith("handlaggare."));
            await db.UserRoles.Where(r => added.Any(u => u.Id == r.UserId)).ExecuteDeleteAsync();
            await added.ExecuteDeleteAsync();
            await db.Units.Where(u => !kept.Units.Contains(u.Id)).ExecuteDeleteAsync();
            await db.Districts.Where(d => !kept.Districts.Contains(d.Id)).ExecuteDeleteAsync();
            foreach (var (user, unit) in _visitors)
            {
                await db.Users.Where(u => u.Id == user).ExecuteUpdateAsync(u => u.SetProperty(x => x.UnitId, unit));
            }
        }

        await base.DisposeAsync();
    }

    private async Task<LargeSeedReport> SeedAsync(int count)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LargeDataSeeder>().SeedAsync(count);
    }

    private async Task<List<string>> FingerprintAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Applicants.IgnoreQueryFilters().AsNoTracking()
            .OrderBy(a => a.PersonalIdentityNumber)
            .Select(a => a.PersonalIdentityNumber + a.FirstName + a.LastName + a.Reason + a.AssignedWorkerId
                + a.AidMonths.Count + "/" + db.Referrals.IgnoreQueryFilters().Count(r => r.ApplicantId == a.Id)
                + "/" + db.MonthlyChecks.IgnoreQueryFilters().Count(c => c.ApplicantId == a.Id))
            .ToListAsync();
    }

    private static Task<int> CountAsync(CaseWorkDbContext db, string table) => table switch
    {
        "applicants" => db.Applicants.IgnoreQueryFilters().CountAsync(),
        "aid_months" => db.AidMonths.CountAsync(),
        "basic_investigations" => db.BasicInvestigations.IgnoreQueryFilters().CountAsync(),
        "work_plans" => db.WorkPlans.IgnoreQueryFilters().CountAsync(),
        "work_plan_versions" => db.WorkPlanVersions.IgnoreQueryFilters().CountAsync(),
        "work_plan_agreements" => db.WorkPlans.IgnoreQueryFilters().SelectMany(p => p.Agreements).CountAsync(),
        "journal_notes" => db.JournalNotes.IgnoreQueryFilters().CountAsync(),
        "monthly_checks" => db.MonthlyChecks.IgnoreQueryFilters().CountAsync(),
        "follow_up_talks" => db.FollowUpTalks.IgnoreQueryFilters().CountAsync(),
        "referrals" => db.Referrals.IgnoreQueryFilters().CountAsync(),
        "referral_interventions" => db.ReferralInterventions.IgnoreQueryFilters().CountAsync(),
        "attendance_reports" => db.AttendanceReports.IgnoreQueryFilters().CountAsync(),
        "phrases" => db.Phrases.IgnoreQueryFilters().CountAsync(),
        "audit_entries" => db.AuditEntries.CountAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "not a table the large seeder writes"),
    };
}
