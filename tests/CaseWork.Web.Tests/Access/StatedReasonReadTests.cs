using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Access;

/// <summary>
/// Reading a case file outside one's own work is a stated choice (aktivt val): whoever is not its assigned worker
/// and not doing a task that needs it states a reason first, and the access log keeps the purpose of every read.
/// </summary>
public class StatedReasonReadTests(AppFixture app) : AppTest(app)
{
    private const string Worker = "socialsekreterare.st";

    private static string Today => AppTime.Now.Date.ToString("yyyy-MM-dd");

    [Theory]
    [InlineData("chef")]
    [InlineData("enhetschef.st")]
    public async Task AManagerOrAUnitHeadNotDoingAReview_IsAskedForAReason_BeforeTheFileIsShown(string reader)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var session = await SignInAsync(reader);

        var response = await session.GetAsync($"/Applicants/{applicant.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith($"/Applicants/{applicant.Id}/Reason");
        (await ReadsOfAsync(applicant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AUnitHeadsCaseReviewRead_IsNotFlagged_InTheLogCheck()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var (reviewId, entries) = await App.OpenReviewAsync();
        var head = await SignInAsync(ReviewArrangements.Head);
        (await head.GetAsync($"/Reviews/{reviewId}/Cases/{entries[0]}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var checker = await SignInAsync("loggkontroll");
        var html = await (await checker.GetAsync($"/AccessLog?from={Today}&to={Today}&kind=Read")).TextAsync();

        html.ShouldContain("Träffar: 1, varav flaggade: 0.");
    }

    private async Task<List<AuditEntry>> ReadsOfAsync(Guid applicantId)
    {
        await using var db = App.NewDbContext();
        return await db.AuditEntries.Where(e => e.ApplicantId == applicantId && e.Action == AuditAction.ApplicantViewed).ToListAsync();
    }
}
