using System.Text.Json;
using CaseWork.Domain.Access;
using CaseWork.Domain.Journal;
using CaseWork.Infrastructure.Access;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Pages.Applicants;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Journal;
using CaseWork.Web.Tests.Referrals;
using CaseWork.Web.Tests.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Cases;

/// <summary>
/// The case page's one statement (<see cref="CaseFileQuery.LoadAsync"/>, issue 17: one round trip instead of four)
/// gives what the four LINQ reads it replaced gave (<see cref="CaseFileOracle"/>) for every applicant of the demo set,
/// as each role that can open a case, on the journal's first page, an older page and a kind; and it reads nothing of
/// a case outside the reader's scope.
/// </summary>
public class CaseFileReadTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task OneRead_GivesWhatTheFourReadsGave_ForEveryDemoApplicant_AsEachRoleThatOpensACase()
    {
        // Spånga-Tensta's Resurs places are few, so that some referrals wait in the queue.
        await App.SetPlacesAsync(Org.SpangaTenstaDistrict, 1);
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            await services.GetRequiredService<DemoDataSeeder>().SeedApplicantsAsync(120, seed: 7);
            var db = services.GetRequiredService<CaseWorkDbContext>();
            await new JobbtorgDemoSeeder(db, Domain.Calendar.SwedishTime.Clock).SeedReferralsAsync(CancellationToken.None);
            await new PlanDemoSeeder(db, Domain.Calendar.SwedishTime.Clock).SeedAsync(CancellationToken.None);
            await new FollowUpDemoSeeder(db, Domain.Calendar.SwedishTime.Clock).SeedAsync(CancellationToken.None);
        }

        // A protected identity, assigned to the social worker, with every kind of record (a correction, an objection, a
        // closed plan, a signed investigation) and more notes than a page.
        var worker = Org.UserIds["socialsekreterare.st"];
        var full = (await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Skyddad", "Person", worker, protectedIdentity: true, aidMonthsInLastYear: 11)).Id;
        await App.AddEveryKindOfRecordAsync(full, AppTime.Today.AddDays(-40));
        for (var i = 0; i < 14; i++)
        {
            await App.AddNoteAsync(full, worker, AppTime.Today.AddDays(-i), i % 3 == 0 ? JournalNoteKind.PhoneCall : JournalNoteKind.General,
                text: new string('x', CaseWork.Web.Pages.Journal.CaseJournalQuery.ExcerptLength - 5 + i), signed: i % 2 == 0);
        }

        List<(Guid Id, int UnitId, int DistrictId, string? Worker)> all;
        await using (var db = App.NewDbContext())
        {
            all = (await db.Applicants.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => new { a.Id, a.UnitId, a.DistrictId, a.AssignedWorkerId }).ToListAsync())
                .Select(a => (a.Id, a.UnitId, a.DistrictId, a.AssignedWorkerId)).ToList();
        }

        var roles = new Dictionary<string, ICurrentUser>
        {
            ["social worker, Spånga-Tensta"] = new ScopedTestUser(new AccessScope(Org.SpangaTenstaUnit, null, CanWriteCases: true, CanWritePlans: true)),
            ["the same, as the assigned worker"] = new NamedTestUser(worker, new AccessScope(Org.SpangaTenstaUnit, null, CanWriteCases: true, CanWritePlans: true)),
            ["unit head, Spånga-Tensta"] = new ScopedTestUser(new AccessScope(Org.SpangaTenstaUnit, null, CanWriteCases: true)),
            ["social worker, Hägersten"] = new ScopedTestUser(new AccessScope(Org.HagerstenUnit, null, CanWriteCases: true, CanWritePlans: true)),
            ["manager, Spånga-Tensta"] = new ScopedTestUser(new AccessScope(null, Org.SpangaTenstaDistrict, CanWriteCases: false)),
            ["coach"] = new ScopedTestUser(new AccessScope(null, null, CanWriteCases: false) { JobCentreId = 1 }),
            ["administrator"] = new ScopedTestUser(AccessScope.None),
        };
        var seen = new HashSet<string>();
        foreach (var (role, user) in roles)
        {
            await using var db = App.NewDbContext(user);
            var inScope = 0;
            foreach (var (id, unitId, districtId, _) in all)
            {
                var expected = user.Scope.UnitId is { } unit ? unitId == unit : user.Scope.DistrictId is { } district && districtId == district;
                var read = await CaseFileQuery.LoadAsync(db, id, null, null, AppTime.Today, CancellationToken.None);
                var oracle = await CaseFileOracle.LoadAsync(db, id, null, null, AppTime.Today);
                (read is not null).ShouldBe(expected, $"{role}: {id}");
                Shown(read).ShouldBe(Shown(oracle), $"{role}: {id}");
                if (read is null)
                {
                    continue;
                }

                inScope++;
                Note(seen, read);
                // An older page, and one kind, read by the same statement.
                if (read.Journal.OlderCursor is { } older)
                {
                    var olderPage = await CaseFileQuery.LoadAsync(db, id, null, older, AppTime.Today, CancellationToken.None);
                    Shown(olderPage).ShouldBe(Shown(await CaseFileOracle.LoadAsync(db, id, null, older, AppTime.Today)), $"{role}: {id}, older");
                    Note(seen, olderPage!);
                    seen.Add("older page");
                }

                foreach (var kind in read.Journal.Notes.Select(n => n.Kind).Distinct())
                {
                    Shown(await CaseFileQuery.LoadAsync(db, id, kind, null, AppTime.Today, CancellationToken.None))
                        .ShouldBe(Shown(await CaseFileOracle.LoadAsync(db, id, kind, null, AppTime.Today)), $"{role}: {id}, {kind}");
                }
            }

            (inScope > 0).ShouldBe(user.Scope.UnitId is not null || user.Scope.DistrictId is not null, role);
        }

        seen.ShouldBe(
            ["active plan", "contact hidden", "contact shown", "corrected", "cut", "draft or closed plan", "objection", "older page", "queued", "referral",
                "signed investigation", "aid months"],
            ignoreOrder: true);
    }

    [Fact]
    public async Task OneRead_OfAnotherUnitsCase_ReadsNothing_NotEvenItsNotesPlansOrReferrals()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await App.AddEveryKindOfRecordAsync(applicant.Id, AppTime.Today.AddDays(-10));

        await using (var own = App.NewDbContext(new ScopedTestUser(new AccessScope(Org.SpangaTenstaUnit, null, CanWriteCases: true, CanWritePlans: true))))
        {
            var file = await CaseFileQuery.LoadAsync(own, applicant.Id, null, null, AppTime.Today, CancellationToken.None);
            file.ShouldNotBeNull();
            file.Journal.Notes.ShouldNotBeEmpty();
            file.Plans.ShouldNotBeEmpty();
        }

        foreach (var scope in new[]
        {
            new AccessScope(Org.HagerstenUnit, null, CanWriteCases: true, CanWritePlans: true),
            new AccessScope(null, Org.HagerstenDistrict, CanWriteCases: false),
            new AccessScope(null, null, CanWriteCases: false) { JobCentreId = 1 },
            AccessScope.None,
        })
        {
            await using var other = App.NewDbContext(new ScopedTestUser(scope));
            (await CaseFileQuery.LoadAsync(other, applicant.Id, null, null, AppTime.Today, CancellationToken.None)).ShouldBeNull(scope.ToString());
        }
    }

    /// <summary>Everything the page shows, as JSON (the records' lists compare by reference).</summary>
    private static string Shown(CaseFileView? file) => JsonSerializer.Serialize(file);

    /// <summary>What the demo set and the arrangements put in front of the comparison, so that none of it goes untested.</summary>
    private static void Note(HashSet<string> seen, CaseFileView file)
    {
        void When(bool condition, string what)
        {
            if (condition)
            {
                seen.Add(what);
            }
        }

        When(file.ActivePlan is not null, "active plan");
        When(file.Plans.Any(p => p.Status != Domain.WorkPlans.WorkPlanStatus.Active), "draft or closed plan");
        When(file.Applicant.ContactVisible && file.Applicant.Details.HasProtectedIdentity, "contact shown");
        When(!file.Applicant.ContactVisible, "contact hidden");
        When(file.Journal.Notes.Any(n => n.IsCorrected), "corrected");
        When(file.Journal.Notes.Any(n => n.HasObjection), "objection");
        When(file.Journal.Notes.Any(n => n.IsCut), "cut");
        When(file.Referrals.Rows.Count > 0, "referral");
        When(file.Referrals.Rows.Any(r => r.QueuePosition is not null), "queued");
        When(file.Facts.HasSignedInvestigation, "signed investigation");
        When(file.Applicant.RecentMonths.Count > 0 && file.Facts.AidMonthsInWindow > 0, "aid months");
    }

    private sealed record NamedTestUser(string UserId, AccessScope Scope) : ICurrentUser
    {
        string? ICurrentUser.UserId => UserId;

        public string UserName => "test";
    }
}
