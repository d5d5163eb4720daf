using System.Globalization;
using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.People;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.CaseReviews;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        (await head.GetAsync($"/CaseReviews/{reviewId}/Cases/{entries[0]}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var checker = await SignInAsync("loggkontroll");
        var html = await (await checker.GetAsync($"/AccessLog?from={Today}&to={Today}&kind=Read")).TextAsync();

        html.ShouldContain("Träffar: 1, varav flaggade: 0.");
    }

    [Fact]
    public async Task EveryCaseFileRoute_AsksAManagerForAReasonFirst_GetAndPost_AndShowsNothing()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var manager = await SignInAsync("chef");
        var routes = CaseFileRoutes(applicant.Id).ToList();
        routes.Count.ShouldBeGreaterThan(15);

        foreach (var route in routes)
        {
            var response = await manager.GetAsync(route);
            var location = response.Headers.Location?.OriginalString ?? $"{(int)response.StatusCode}";
            (location.StartsWith($"/Applicants/{applicant.Id}/Reason", StringComparison.Ordinal) || location.Contains("/Account/AccessDenied", StringComparison.Ordinal))
                .ShouldBeTrue($"{route} answered {location}");
        }

        (await ReadsOfAsync(applicant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AUnitHeadsFormSent_WithoutAReason_IsNotSaved_AndAsksForOne()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var head = await SignInAsync(ReviewArrangements.Head);
        var edit = $"/Applicants/{applicant.Id}/Edit";

        // Any form gives the head's antiforgery token; the edit form itself is behind the question.
        var response = await head.SubmitFormAsync("/Applicants/Create", EditForm(applicant.Version, "08-999 999"), edit);

        response.Headers.Location!.OriginalString.ShouldBe($"/Applicants/{applicant.Id}/Reason?returnUrl={Uri.EscapeDataString(edit)}");
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().SingleAsync(a => a.Id == applicant.Id)).Phone.ShouldBe("070-111 22 33");
    }

    [Fact]
    public async Task AfterAStatedReason_TheFileOpens_AndEveryReadCarriesThePurposeAndTheReason()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var manager = await SignInAsync("chef");
        var file = $"/Applicants/{applicant.Id}";
        var asked = (await manager.GetAsync(file)).Headers.Location!.OriginalString;

        var stated = await manager.SubmitFormAsync(asked, new() { ["Input.Reason"] = "Complaint", ["Input.Text"] = "Synpunkt via kontaktcenter" });

        stated.Headers.Location!.OriginalString.ShouldBe(file);
        (await manager.GetStringAsync(file)).ShouldContain("Lina Ek");
        (await manager.GetAsync($"{file}/FollowUps")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        var entries = await db.AuditEntries.Where(e => e.ApplicantId == applicant.Id).OrderBy(e => e.Id).ToListAsync();
        entries.Select(e => e.Action).ShouldBe([AuditAction.ReadReasonStated, AuditAction.ApplicantViewed, AuditAction.ApplicantViewed]);
        entries.ShouldAllBe(e => e.Purpose == ReadPurpose.StatedReason && e.Reason == ReadReason.Complaint && e.ReasonText == "Synpunkt via kontaktcenter");
    }

    [Fact]
    public async Task Other_WithoutText_AndNoChoice_AreExplainedNextToTheField_AndNothingOpens()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var manager = await SignInAsync("chef");
        var reasonPage = $"/Applicants/{applicant.Id}/Reason";

        var other = await (await manager.SubmitFormAsync(reasonPage, new() { ["Input.Reason"] = "Other", ["Input.Text"] = " " })).TextAsync();
        var none = await (await manager.SubmitFormAsync(reasonPage, new() { ["Input.Text"] = "Något" })).TextAsync();

        other.ShouldContain("Det finns ett problem");
        other.ShouldContain("<a class=\"alert-link\" href=\"#Input_Text\">Beskriv skälet när du väljer Annat.</a>");
        none.ShouldContain("<a class=\"alert-link\" href=\"#Input_Reason\">Välj ett skäl i listan.</a>");
        none.ShouldContain("Något");
        (await manager.GetAsync($"/Applicants/{applicant.Id}")).Headers.Location!.OriginalString.ShouldStartWith(reasonPage);
    }

    [Fact]
    public async Task TheQuestion_IsAskedInEnglish_WhenEnglishIsChosen()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var manager = await SignInAsync("chef");
        await manager.SubmitFormAsync("/Indicators", new() { ["culture"] = "en-GB", ["returnUrl"] = "/Indicators" }, "/Culture");
        var reasonPage = $"/Applicants/{applicant.Id}/Reason";

        var html = await (await manager.GetAsync(reasonPage)).TextAsync();
        var refused = await (await manager.SubmitFormAsync(reasonPage, new() { ["Input.Reason"] = "Other" })).TextAsync();

        html.ShouldContain("State a reason");
        html.ShouldContain("Complaint or comment");
        html.ShouldContain("Open the file");
        refused.ShouldContain("Describe the reason when you choose Other.");
    }

    [Fact]
    public async Task TheAssignedWorker_AndAColleagueCoveringInTheUnit_OpenTheFileWithoutAReason()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);

        (await (await SignInAsync(Worker)).GetAsync($"/Applicants/{applicant.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await SignInAsync(ReviewArrangements.Colleague)).GetAsync($"/Applicants/{applicant.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await ReadsOfAsync(applicant.Id)).Select(e => e.Purpose).ShouldBe([ReadPurpose.OwnCase, ReadPurpose.Covering], ignoreOrder: true);
    }

    [Fact]
    public async Task AUnitHeadWithAnOpenReviewOfTheFile_OpensItForTheReview()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        await App.OpenReviewAsync();

        (await (await SignInAsync(ReviewArrangements.Head)).GetAsync($"/Applicants/{applicant.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await ReadsOfAsync(applicant.Id)).Single().Purpose.ShouldBe(ReadPurpose.Review);
    }

    [Fact]
    public async Task TheLogCheck_ShowsEachReadsPurpose_AndFlagsTheStatedReason()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        await (await SignInAsync(Worker)).GetStringAsync($"/Applicants/{applicant.Id}");
        var manager = await SignInAsync("chef");
        await manager.StateReasonAsync(applicant.Id, "Other", "Granskning inför nämnd");
        await manager.GetStringAsync($"/Applicants/{applicant.Id}");

        var checker = await SignInAsync("loggkontroll");
        var html = await (await checker.GetAsync($"/AccessLog?from={Today}&to={Today}&kind=Read")).TextAsync();

        html.ShouldContain("Träffar: 3, varav flaggade: 2.");
        html.ShouldContain("Egen akt");
        html.ShouldContain("Angivet skäl: Annat – Granskning inför nämnd");
    }

    [Fact]
    public async Task ListsThatNamePeople_RecordWhomTheyShowed_AndACheckOfOnePersonFindsEveryExposure()
    {
        var pin = TestPins.Next();
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker], pin: pin);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Berg", assignedWorker: Org.UserIds[Worker]);
        var worker = await SignInAsync(Worker);
        await worker.GetStringAsync("/Applicants");
        await worker.GetStringAsync("/Applicants?q=Ek");

        await using (var db = App.NewDbContext())
        {
            var lists = await db.AuditEntries.Where(e => e.Action == AuditAction.ApplicantListSearched).OrderBy(e => e.Id).ToListAsync();
            lists.Count.ShouldBe(2);
            lists[0].ShownApplicantIds!.Length.ShouldBe(2);
            lists[1].ShownApplicantIds.ShouldBe([applicant.Id]);
        }

        var checker = await SignInAsync("loggkontroll");
        var formatted = PersonalIdentityNumber.Parse(pin, AppTime.Today).ToString();
        var html = await (await checker.GetAsync($"/AccessLog?from={Today}&to={Today}&applicant={Uri.EscapeDataString(formatted)}")).TextAsync();

        html.ShouldContain("Träffar: 2, varav flaggade: 0.");
        html.ShouldContain("2 personer visade");
        html.ShouldContain("1 personer visade");
    }

    [Fact]
    public async Task TheDueListAndTheCasesBehindAFigure_RecordWhomTheyShowed()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        await (await SignInAsync(Worker)).GetStringAsync("/Due");
        await (await SignInAsync("chef")).GetStringAsync("/Indicators/Cases?measure=HouseholdsOnAid");

        await using var db = App.NewDbContext();
        (await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.DueListViewed)).ShownApplicantIds.ShouldNotBeNull();
        (await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.IndicatorCasesViewed)).ShownApplicantIds.ShouldNotBeNull();
    }

    /// <summary>Every page route naming an applicant (other than the question itself), with made-up ids for the rest.</summary>
    private IEnumerable<string> CaseFileRoutes(Guid applicantId)
    {
        foreach (var endpoint in App.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.GetParameter("applicantId") is null || pattern.RawText!.EndsWith("/Reason", StringComparison.Ordinal))
            {
                continue;
            }

            var segments = new List<string>();
            var usable = true;
            foreach (var part in pattern.PathSegments.SelectMany(s => s.Parts.Append(null)))
            {
                switch (part)
                {
                    case null:
                        segments.Add("/");
                        break;
                    case RoutePatternLiteralPart literal:
                        segments.Add(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        segments.Add(separator.Content);
                        break;
                    case RoutePatternParameterPart { Name: "applicantId" }:
                        segments.Add(applicantId.ToString());
                        break;
                    case RoutePatternParameterPart { IsOptional: true }:
                        break;
                    case RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid"):
                        segments.Add(Guid.NewGuid().ToString());
                        break;
                    case RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int"):
                        segments.Add("1");
                        break;
                    default:
                        usable = false;
                        break;
                }
            }

            if (usable)
            {
                yield return "/" + string.Join(string.Empty, segments).Trim('/').Replace("//", "/", StringComparison.Ordinal);
            }
        }
    }

    private static Dictionary<string, string> EditForm(uint version, string phone) => new()
    {
        ["Input.FirstName"] = "Lina",
        ["Input.LastName"] = "Ek",
        ["Input.Email"] = "person@example.se",
        ["Input.Phone"] = phone,
        ["Input.StreetAddress"] = "Hemliga vägen 7",
        ["Input.PostalCode"] = "163 72",
        ["Input.City"] = "Spånga",
        ["Input.Household"] = "SingleAdult",
        ["Input.NumberOfChildren"] = "1",
        ["Input.Reason"] = "Unemployment",
        ["Input.AssignedWorkerId"] = string.Empty,
        ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<List<AuditEntry>> ReadsOfAsync(Guid applicantId)
    {
        await using var db = App.NewDbContext();
        return await db.AuditEntries.Where(e => e.ApplicantId == applicantId && e.Action == AuditAction.ApplicantViewed).ToListAsync();
    }
}
