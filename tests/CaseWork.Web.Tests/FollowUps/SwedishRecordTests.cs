using System.Globalization;
using System.Net;
using CaseWork.Domain.Journal;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.FollowUps.FollowUpArrangements;

namespace CaseWork.Web.Tests.FollowUps;

/// <summary>
/// The journal note a follow-up writes and signs is the legal record: it is Swedish whatever language the worker's
/// interface is in (issue 14, §6).
/// </summary>
public class SwedishRecordTests(AppFixture app) : AppTest(app)
{
    private static async Task<HttpSession> InEnglishAsync(HttpSession session)
    {
        var switched = await session.SubmitFormAsync("/Applicants", new() { ["culture"] = "en-GB" }, postUrl: "/Culture?returnUrl=/Applicants");
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync("/Applicants")).ShouldContain("<html lang=\"en\"");
        return session;
    }

    [Fact]
    public async Task AMonthlyCheckAndATalk_SavedWithEnglishSelected_WriteASwedishSignedNote()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await InEnglishAsync(await SignInAsync("socialsekreterare.st"));

        var check = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck", new()
        {
            ["Input.Month"] = Month(ThisMonth),
            ["Input.Attendance"] = "Partly",
            ["Input.DaysAttended"] = "12",
            ["Input.JobApplications"] = "6",
            ["Input.Decision"] = "Reduced",
            ["Input.DecisionText"] = "Delvis närvaro.",
            ["Input.Comment"] = "Söker arbete inom lager.",
            ["SaveWithoutReport"] = "true",
        });
        var talk = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/Talk", new()
        {
            ["Input.Kind"] = "MultiParty",
            ["Input.HeldOn"] = Iso(Today),
            ["Input.ApplicantTookPart"] = "true",
            ["Input.SocialWorkerTookPart"] = "true",
            ["Input.CoachTookPart"] = "true",
            ["Input.OtherParticipants"] = "Arbetsförmedlingen",
            ["Input.WhatCameUp"] = "Praktiken går bra.",
            ["Input.Assessment"] = "Redo att söka fast anställning.",
            ["Input.PlanToBeRevised"] = "false",
            ["Input.NextFollowUpOn"] = Iso(Today.AddMonths(2)),
        });

        check.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        talk.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        var notes = await db.JournalNotes.IgnoreQueryFilters().Where(n => n.ApplicantId == applicant.Id).ToListAsync();
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        var checkNote = notes.Single(n => n.Kind == JournalNoteKind.MonthlyCheck);
        checkNote.IsSigned.ShouldBeTrue();
        checkNote.Text.ShouldBe(
            $"Månadsuppföljning för {ThisMonth.ToString("MMMM yyyy", sv)}.\n" +
            "Deltagit på Jobbtorg enligt överenskommelse: Delvis (12 dagar).\n" +
            "Sökta arbeten: 6.\n" +
            "Beslut för månaden: Reducerat. Delvis närvaro.\n" +
            "Söker arbete inom lager.",
            StringCompareShould.IgnoreLineEndings);
        var talkNote = notes.Single(n => n.Kind != JournalNoteKind.MonthlyCheck);
        talkNote.IsSigned.ShouldBeTrue();
        talkNote.Text.ShouldBe(
            $"Flerpartssamtal hållet {Iso(Today)}. Deltagare: den sökande, socialsekreteraren, coachen på Jobbtorg, Arbetsförmedlingen.\n" +
            "Praktiken går bra.\n" +
            "Bedömning: Redo att söka fast anställning.\n" +
            "Planen gäller oförändrad.\n" +
            $"Nästa uppföljning: {Iso(Today.AddMonths(2))}.",
            StringCompareShould.IgnoreLineEndings);
    }
}
