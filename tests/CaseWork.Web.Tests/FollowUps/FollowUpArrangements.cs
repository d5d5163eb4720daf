using CaseWork.Domain.Applicants;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.Journal;
using CaseWork.Domain.WorkPlans;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.FollowUps;

/// <summary>Arrangements for follow-up tests, straight in the database through the domain.</summary>
internal static class FollowUpArrangements
{
    public static DateOnly Today => AppTime.Today;

    public static DateOnly ThisMonth => new(Today.Year, Today.Month, 1);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An active six-month plan whose next follow-up is in a month.</summary>
    public static async Task<WorkPlan> AddActivePlanAsync(this AppFixture app, Applicant applicant)
    {
        var content = new PlanContent(
            Today.AddDays(-7),
            Today.AddMonths(6),
            Today.AddMonths(1),
            "Arbete som lagerarbetare i Järfälla inom ett år, efter truckkort",
            [new Subgoal(Guid.NewGuid(), "Ta truckkort A och B", "Godkänt prov", Today.AddMonths(2), SubgoalStatus.InProgress, [])],
            ["Delta på Jobbtorg fyra dagar i veckan"],
            ["Coach på Jobbtorg"]);
        var plan = WorkPlan.StartDraft(applicant.Id, content, AppTime.UtcNow);
        plan.Activate(new PlanAgreementInput(Today.AddDays(-7), AgreementMethod.InMeeting, true, null), "socialsekreterare.st", AppTime.UtcNow);
        await using var db = app.NewDbContext();
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    /// <summary>A three-party talk held <paramref name="daysAgo"/> days ago, with its signed journal note.</summary>
    public static async Task<FollowUpTalk> AddTalkAsync(this AppFixture app, Guid applicantId, string workerId, int daysAgo)
    {
        var heldOn = Today.AddDays(-daysAgo);
        var talk = FollowUpTalk.Record(applicantId, workerId, new FollowUpTalkFacts(
            FollowUpTalkKind.ThreeParty, heldOn, true, true, true, null, "Praktiken går bra.", null, false, heldOn.AddMonths(3)), AppTime.UtcNow, Today);
        var note = JournalNote.Write(applicantId, workerId, talk.JournalKind, heldOn, "Trepartssamtal.", AppTime.UtcNow, Today);
        note.Sign(AppTime.UtcNow);
        talk.WrittenInJournalAs(note.Id);
        await using var db = app.NewDbContext();
        db.JournalNotes.Add(note);
        db.FollowUpTalks.Add(talk);
        await db.SaveChangesAsync();
        return talk;
    }

    public static async Task<uint> PlanVersionAsync(this AppFixture app, Guid planId)
    {
        await using var db = app.NewDbContext();
        return await db.WorkPlans.IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => p.Version).SingleAsync();
    }
}
