using CaseWork.Domain.Access;
using CaseWork.Domain.Auditing;
using CaseWork.Infrastructure.Access;
using CaseWork.Infrastructure.Auditing;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Auditing;

/// <summary>
/// The audit log writes a read as one plain INSERT (issue 17) and a change's entry with the change: either way the row
/// is the entry as the domain made it, and the area rows' trigger marks it.
/// </summary>
public class AuditLogWriteTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public void TheInsert_WritesEveryColumnOfTheEntry_ButItsGeneratedId()
    {
        using var db = App.NewDbContext();
        var entry = db.Model.FindEntityType(typeof(AuditEntry))!;
        var columns = entry.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.GetColumnName()).ToList();
        AuditLog.Columns.ShouldBe(columns, ignoreOrder: true);
    }

    [Fact]
    public async Task AReadAndAList_AreWrittenAsTheEntriesAre_WithTheirAreaRows()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var shown = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Berg");
        var worker = Org.UserIds["handlaggare1.st"];
        var purposes = new ReadPurposes();
        purposes.Set(applicant.Id, new ReadDecision(ReadPurpose.StatedReason, StatedReason.Create(ReadReason.Other, "Begäran från försäkringskassan")));
        await using (var db = App.NewDbContext(new Reader(worker, new AccessScope(Org.SpangaTenstaUnit, null, CanWriteCases: true, CanWritePlans: true))))
        {
            var audit = new AuditLog(db, Domain.Calendar.SwedishTime.Clock, purposes);
            await audit.WriteAsync(AuditAction.ApplicantViewed, applicant.Id, new string('d', AuditEntry.MaxDetailLength + 10));
            await audit.WriteShownAsync(AuditAction.ApplicantListSearched, "lista", [applicant.Id, shown.Id, shown.Id], ReadPurpose.Review);
            db.ChangeTracker.Entries().ShouldBeEmpty();
        }

        await using var check = App.NewDbContext();
        var rows = await check.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        rows.Count.ShouldBe(2);
        var read = rows[0];
        (read.UserId, read.UserName, read.Action, read.ApplicantId, read.Detail, read.Purpose, read.Reason, read.ReasonText, read.ShownApplicantIds)
            .ShouldBe((worker, "test", AuditAction.ApplicantViewed, applicant.Id, new string('d', AuditEntry.MaxDetailLength), ReadPurpose.StatedReason,
                ReadReason.Other, "Begäran från försäkringskassan", null));
        (AppTime.UtcNow - read.OccurredAt).ShouldBeLessThan(TimeSpan.FromMinutes(1));
        read.OccurredAt.Offset.ShouldBe(TimeSpan.Zero);
        var list = rows[1];
        (list.Action, list.ApplicantId, list.Detail, list.Purpose, list.Reason).ShouldBe((AuditAction.ApplicantListSearched, null, "lista", ReadPurpose.Review, null));
        list.ShownApplicantIds.ShouldBe([applicant.Id, shown.Id], ignoreOrder: true);

        // The trigger gave each its areas, the read marked a flag candidate (a stated reason) as the log check needs.
        var areas = await check.AuditEntryAreas.ToListAsync();
        areas.Select(a => a.AuditEntryId).Distinct().ShouldBe(rows.Select(r => r.Id), ignoreOrder: true);
        areas.Where(a => a.AuditEntryId == read.Id).ShouldAllBe(a => a.FlagCandidate);
    }

    [Fact]
    public async Task AReadWrittenWhileAChangeIsPending_IsSavedWithTheChange()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await using (var db = App.NewDbContext())
        {
            var tracked = await db.Applicants.IgnoreQueryFilters().SingleAsync(a => a.Id == applicant.Id);
            tracked.UpdateDetails(tracked.Details with { City = "Kista" });
            await new AuditLog(db, Domain.Calendar.SwedishTime.Clock, new ReadPurposes()).WriteAsync(AuditAction.ApplicantViewed, applicant.Id, "vy");
        }

        await using var check = App.NewDbContext();
        (await check.Applicants.IgnoreQueryFilters().Where(a => a.Id == applicant.Id).Select(a => a.City).SingleAsync()).ShouldBe("Kista");
        (await check.AuditEntries.Select(e => e.Detail).ToListAsync()).ShouldBe(["vy"]);
    }

    private sealed record Reader(string Id, AccessScope Scope) : ICurrentUser
    {
        public string? UserId => Id;

        public string UserName => "test";
    }
}
