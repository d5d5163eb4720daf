using System.Globalization;
using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Jobbtorg;

public class ParticipantFormTests(AppFixture app) : AppTest(app)
{
    private static string Iso(int daysAgo) => CoachArrangements.Iso(CoachArrangements.Today.AddDays(-daysAgo));

    [Fact]
    public async Task TheCoachsDateFields_StartAtToday()
    {
        var referral = await ReferralAsync(firstVisitDaysAgo: 8);
        var coach = await SignInAsync("jobbcoach");

        var page = await coach.GetStringAsync(CoachArrangements.ParticipantUrl(referral));

        var today = Iso(0);
        foreach (var field in new[] { "Lifecycle_JobPlanOn", "Intervention_Start", "Closure_On" })
        {
            page.ShouldMatch($"id=\"{field}\"[^>]*value=\"{today}\"|value=\"{today}\"[^>]*id=\"{field}\"");
        }
    }

    [Fact]
    public async Task ClosureBeforeTheFirstVisit_IsRefusedInSwedish_AndKeepsWhatWasTyped()
    {
        var referral = await ReferralAsync(firstVisitDaysAgo: 8);
        var coach = await SignInAsync("jobbcoach");

        var response = await coach.PostFormAsync(App, referral, "Close", new()
        {
            ["Closure.On"] = Iso(10), ["Closure.Reason"] = "SentBack", ["Closure.Note"] = "Behöver vård först",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.TextAsync();
        page.ShouldContain("Det finns ett problem");
        page.ShouldContain("Avslutsdatumet kan inte ligga före första besöket på Jobbtorg.");
        page.ShouldContain("href=\"#Closure_On\"");
        page.ShouldContain($"value=\"{Iso(10)}\"");
        page.ShouldContain("Behöver vård först");
        (await App.ReferralAsync(referral.Id)).ClosedOn.ShouldBeNull();
    }

    [Fact]
    public async Task SentBackWithoutWhy_AndNoReason_AreRefused()
    {
        var referral = await ReferralAsync(firstVisitDaysAgo: 8);
        var coach = await SignInAsync("jobbcoach");

        var noWhy = await (await coach.PostFormAsync(App, referral, "Close", new() { ["Closure.On"] = Iso(1), ["Closure.Reason"] = "SentBack" })).TextAsync();
        noWhy.ShouldContain("Skriv varför: det krävs när remissen återremitteras eller avslutas av annat skäl.");
        var noReason = await (await coach.PostFormAsync(App, referral, "Close", new() { ["Closure.On"] = "i går" })).TextAsync();
        noReason.ShouldContain("Välj varför remissen avslutas.");
        noReason.ShouldContain("Avslutad den ska vara ett datum som ÅÅÅÅ-MM-DD.");
        noReason.ShouldContain("value=\"i går\"");
        (await App.ReferralAsync(referral.Id)).ClosedOn.ShouldBeNull();
    }

    [Fact]
    public async Task RecordsJobPlanAttendanceAndIntervention_WithStatusMessages_AndAudit()
    {
        var referral = await ReferralAsync(firstVisitDaysAgo: ReferralSeeding.FirstVisitDaysAgoWithTheJobPlanLate());
        var coach = await SignInAsync("jobbcoach");
        (await coach.GetStringAsync(CoachArrangements.ParticipantUrl(referral))).ShouldContain("Jobbplan försenad");

        var withoutContent = await (await coach.PostFormAsync(App, referral, "JobPlan", new() { ["Lifecycle.JobPlanOn"] = Iso(1), ["Lifecycle.JobPlanContent"] = " " })).TextAsync();
        withoutContent.ShouldContain("Skriv vad jobbplanen innehåller.");
        withoutContent.ShouldContain("href=\"#Lifecycle_JobPlanContent\"");
        var saved = await coach.PostFormAsync(App, referral, "JobPlan", new()
        {
            ["Lifecycle.JobPlanOn"] = Iso(1), ["Lifecycle.JobPlanContent"] = "Söka tio arbeten i veckan.\nTruckkort i januari.",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await coach.GetStringAsync(saved.Headers.Location!.ToString());
        page.ShouldContain("Jobbplanen är registrerad.");
        WebUtility.HtmlDecode(page).ShouldContain("Söka tio arbeten i veckan.\nTruckkort i januari.");

        var month = new DateOnly(CoachArrangements.Today.Year, CoachArrangements.Today.Month, 1);
        var attendance = await coach.PostFormAsync(App, referral, "Attendance", new()
        {
            ["Attendance.Month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture), ["Attendance.DaysExpected"] = "12", ["Attendance.DaysAttended"] = "9",
        });
        attendance.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Correcting the same month replaces the report.
        (await coach.PostFormAsync(App, referral, "Attendance", new()
        {
            ["Attendance.Month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture), ["Attendance.DaysExpected"] = "12", ["Attendance.DaysAttended"] = "11",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tooMany = await (await coach.PostFormAsync(App, referral, "Attendance", new()
        {
            ["Attendance.Month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture), ["Attendance.DaysExpected"] = "4", ["Attendance.DaysAttended"] = "9",
        })).TextAsync();
        tooMany.ShouldContain("Närvarodagarna kan inte vara fler än de planerade dagarna.");

        await using var db = App.NewDbContext();
        var praktik = await db.InterventionTypes.Where(t => t.Category == InterventionCategory.Internship).Select(t => t.Id).FirstAsync();
        var started = await coach.PostFormAsync(App, referral, "StartIntervention", new()
        {
            ["Intervention.TypeId"] = praktik.ToString(CultureInfo.InvariantCulture), ["Intervention.Start"] = Iso(1),
        });
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var beforeVisit = await (await coach.PostFormAsync(App, referral, "StartIntervention", new()
        {
            ["Intervention.TypeId"] = praktik.ToString(CultureInfo.InvariantCulture), ["Intervention.Start"] = Iso(20),
        })).TextAsync();
        beforeVisit.ShouldContain("Insatsen kan inte starta före första besöket.");

        var stored = await App.ReferralAsync(referral.Id);
        stored.JobPlanOn.ShouldBe(CoachArrangements.Today.AddDays(-1));
        stored.JobPlanContent.ShouldBe("Söka tio arbeten i veckan.\nTruckkort i januari.");
        // The social worker reads what the job plan says on the referral, without asking the coach.
        var worker = await SignInAsync("socialsekreterare.st");
        WebUtility.HtmlDecode(await worker.GetStringAsync($"/Applicants/{referral.ApplicantId}/Referrals/{referral.Id}")).ShouldContain("Söka tio arbeten i veckan.\nTruckkort i januari.");
        stored.Attendance.ShouldHaveSingleItem().DaysAttended.ShouldBe(11);
        var intervention = stored.Interventions.ShouldHaveSingleItem();

        var ended = await coach.PostFormAsync(App, referral, "EndIntervention", new()
        {
            ["Ending.InterventionId"] = intervention.Id.ToString(), ["Ending.End"] = Iso(0), ["Ending.Outcome"] = "LedToWork", ["Ending.Note"] = "Anställd på prov",
        });
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await coach.GetStringAsync(ended.Headers.Location!.ToString());
        page.ShouldContain("Ledde till arbete – Anställd på prov");
        page.ShouldNotContain("Jobbplan försenad");
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.ParticipantRecordedByCoach && e.ApplicantId == referral.ApplicantId)).ShouldBe(5);
    }

    [Fact]
    public async Task AColleaguesSaveInBetween_IsShown_NotOverwritten()
    {
        var referral = await ReferralAsync(firstVisitDaysAgo: 8);
        var coach = await SignInAsync("jobbcoach");
        var stale = (await App.ReferralAsync(referral.Id)).Version;
        (await coach.PostFormAsync(App, referral, "JobPlan", new() { ["Lifecycle.JobPlanOn"] = Iso(2), ["Lifecycle.JobPlanContent"] = "Söka arbete." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var conflict = await coach.SubmitFormAsync(CoachArrangements.ParticipantUrl(referral), new()
        {
            ["Version"] = stale.ToString(CultureInfo.InvariantCulture), ["Lifecycle.JointFollowUpOn"] = Iso(1),
        }, $"{CoachArrangements.ParticipantUrl(referral)}?handler=JointFollowUp");

        (await conflict.TextAsync()).ShouldContain("En kollega ändrade deltagaren medan du arbetade.");
        (await conflict.TextAsync()).ShouldContain($"value=\"{Iso(1)}\"");
        (await App.ReferralAsync(referral.Id)).JointFollowUpOn.ShouldBeNull();
    }

    [Fact]
    public async Task ClosingAResursReferral_GivesThePlaceToTheNextInTheQueue()
    {
        await using (var db = App.NewDbContext())
        {
            var places = await db.ResursPlaces.SingleAsync(p => p.DistrictId == Org.SpangaTenstaDistrict);
            places.Change(1);
            await db.SaveChangesAsync();
        }

        var holder = await App.AddReferralAsync(await App.AddApplicantAsync(Org.SpangaTenstaUnit), ReferralProgram.Resurs, sentDaysAgo: 20, firstVisitDaysAgo: 10);
        var waiting = await App.AddReferralAsync(await App.AddApplicantAsync(Org.SpangaTenstaUnit, lastName: "Väntar"), ReferralProgram.Resurs, sentDaysAgo: 5);
        (await App.ReferralAsync(waiting.Id)).IsQueued.ShouldBeTrue();
        var coach = await SignInAsync("jobbcoach");

        var closed = await coach.PostFormAsync(App, holder, "Close", new() { ["Closure.On"] = Iso(0), ["Closure.Reason"] = "Employment" });

        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await coach.GetStringAsync(closed.Headers.Location!.ToString())).ShouldContain("Remissen är avslutad.");
        (await App.ReferralAsync(holder.Id)).ClosureReason.ShouldBe(ReferralClosureReason.Employment);
        var next = await App.ReferralAsync(waiting.Id);
        next.PlaceGrantedOn.ShouldBe(CoachArrangements.Today);
        next.PlaceGrantedFromQueue.ShouldBeTrue();
        await using var restore = App.NewDbContext();
        (await restore.ResursPlaces.SingleAsync(p => p.DistrictId == Org.SpangaTenstaDistrict)).Change(50);
        await restore.SaveChangesAsync();
    }

    private async Task<Referral> ReferralAsync(int firstVisitDaysAgo)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        return await App.AddReferralAsync(applicant, sentDaysAgo: firstVisitDaysAgo + 4, firstVisitDaysAgo: firstVisitDaysAgo);
    }
}
