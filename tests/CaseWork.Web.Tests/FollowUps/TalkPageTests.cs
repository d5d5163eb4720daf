using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.WorkPlans;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.FollowUps.FollowUpArrangements;

namespace CaseWork.Web.Tests.FollowUps;

public partial class TalkPageTests(AppFixture app) : AppTest(app)
{
    private static Dictionary<string, string> Talk(string kind = "ThreeParty", string others = "", bool revise = true, DateOnly? heldOn = null, DateOnly? next = null) => new()
    {
        ["Input.Kind"] = kind,
        ["Input.HeldOn"] = Iso(heldOn ?? Today),
        ["Input.ApplicantTookPart"] = "true",
        ["Input.SocialWorkerTookPart"] = "true",
        ["Input.CoachTookPart"] = "true",
        ["Input.OtherParticipants"] = others,
        ["Input.WhatCameUp"] = "Praktiken på lagret går bra; truckkortet är klart.",
        ["Input.Assessment"] = "Redo att söka fast anställning.",
        ["Input.PlanToBeRevised"] = revise ? "true" : "false",
        ["Input.NextFollowUpOn"] = Iso(next ?? Today.AddMonths(2)),
    };

    [Fact]
    public async Task AThreePartyTalk_MovesThePlansNextFollowUp_AndItsRevisionNamesTheTalkAsCause()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var plan = await App.AddActivePlanAsync(applicant);
        var session = await SignInAsync("socialsekreterare.st");

        var saved = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/Talk", Talk());

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var talkPage = await session.GetStringAsync(saved.Headers.Location!.ToString());
        talkPage.ShouldContain("Planens nästa uppföljning är nu");
        var revise = ReviseLink().Match(talkPage);
        revise.Success.ShouldBeTrue();
        var talkId = Guid.Parse(revise.Groups[2].Value);
        revise.Groups[1].Value.ShouldBe(plan.Id.ToString());
        await using (var db = App.NewDbContext())
        {
            (await db.WorkPlans.IgnoreQueryFilters().SingleAsync()).NextFollowUpOn.ShouldBe(Today.AddMonths(2));
        }

        var planPage = await session.GetStringAsync($"/Applicants/{applicant.Id}/WorkPlans/{plan.Id}");
        planPage.ShouldContain("En uppföljning har flyttat nästa uppföljning till");
        var editor = $"/Applicants/{applicant.Id}/WorkPlans/Edit/{plan.Id}/{talkId}";
        (await session.GetStringAsync(editor)).ShouldContain($"value=\"{Iso(Today.AddMonths(2))}\"");
        var form = PlanForms.Plan("Arbete som truckförare i Järfälla inom ett år", reason: "Efter trepartssamtalet: sök fast anställning.",
            version: await App.PlanVersionAsync(plan.Id));
        // The coach had left before the plan was revised: the worker unticks the coach the talk had ticked.
        form["Input.Participants.Applicant"] = "true";
        form["Input.Participants.SocialWorker"] = "true";
        (await session.SubmitFormAsync(editor, form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var history = await session.GetStringAsync($"/Applicants/{applicant.Id}/WorkPlans/{plan.Id}/History");
        history.ShouldContain("Orsak: Trepartssamtal");
        history.ShouldContain($"/FollowUps/Talks/{talkId}");
        WebUtility.HtmlDecode(history).ShouldContain("Deltagare: den sökande, socialsekreteraren");
        WebUtility.HtmlDecode(history).ShouldNotContain("socialsekreteraren, coachen på Jobbtorg");
        var print = WebUtility.HtmlDecode(await session.GetStringAsync($"/Applicants/{applicant.Id}/WorkPlans/{plan.Id}/Print?version=2"));
        print.ShouldContain("– deltagare: den sökande, socialsekreteraren</p>");
        var afterRevision = await session.GetStringAsync($"/Applicants/{applicant.Id}/FollowUps/Talks/{talkId}");
        afterRevision.ShouldContain("Planen reviderades efter samtalet:");
        afterRevision.ShouldNotContain("Revidera planen efter samtalet");
        (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldContain("Praktiken på lagret går bra; truckkortet är klart.");
    }

    [Fact]
    public async Task RevisingThePlanAfterATalk_StartsTheReasonFromTheTalksKindAndDate_NamesWhoTookPart_ButNotForAnotherApplicantsTalk()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var plan = await App.AddActivePlanAsync(applicant);
        var talk = await App.AddTalkAsync(applicant.Id, Org.UserIds["socialsekreterare.st"], daysAgo: 1);
        var other = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var othersTalk = await App.AddTalkAsync(other.Id, Org.UserIds["socialsekreterare.st"], daysAgo: 2);
        var session = await SignInAsync("socialsekreterare.st");

        var editor = WebUtility.HtmlDecode(await session.GetStringAsync($"/Applicants/{applicant.Id}/WorkPlans/Edit/{plan.Id}/{talk.Id}"));
        editor.ShouldContain($"Efter trepartssamtal {Iso(Today.AddDays(-1))}</textarea>");
        // The revision is made with those who met: the editor names them from the talk, nobody types them again.
        editor.ShouldContain("Deltagare: den sökande, socialsekreteraren, coachen på Jobbtorg");
        foreach (var ticked in new[] { "Applicant", "SocialWorker", "Coach" })
        {
            CheckboxTag(editor, $"Input.Participants.{ticked}").ShouldContain("checked");
        }

        var withOthers = WebUtility.HtmlDecode(await session.GetStringAsync($"/Applicants/{applicant.Id}/WorkPlans/Edit/{plan.Id}/{othersTalk.Id}"));
        withOthers.ShouldNotContain("Efter trepartssamtal");
        withOthers.ShouldNotContain("revision-talk");
    }

    [Fact]
    public async Task ARevisionsOtherParticipantsOverTheLimit_AreRefusedBesideTheField_AndTheFormKeepsWhatWasTyped()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var plan = await App.AddActivePlanAsync(applicant);
        var session = await SignInAsync("socialsekreterare.st");
        var form = PlanForms.Plan("Arbete som truckförare i Järfälla inom ett år", reason: "Nytt mål efter praktiken.", version: await App.PlanVersionAsync(plan.Id));
        form["Input.Participants.Applicant"] = "true";
        form["Input.Participants.Others"] = new string('x', 501);

        var html = WebUtility.HtmlDecode(await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/WorkPlans/Edit/{plan.Id}", form)).TextAsync());

        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("href=\"#Input_Participants_Others\"");
        html.ShouldContain("Övriga deltagare får ha högst 500 tecken.");
        CheckboxTag(html, "Input.Participants.Applicant").ShouldContain("checked");
        html.ShouldContain("Nytt mål efter praktiken.");
        await using var db = App.NewDbContext();
        (await db.WorkPlans.IgnoreQueryFilters().Where(p => p.Id == plan.Id).SelectMany(p => p.Versions).CountAsync()).ShouldBe(1);
    }

    private static string CheckboxTag(string html, string name)
    {
        var tag = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>").Value;
        tag.ShouldNotBeEmpty();
        return tag;
    }

    [Fact]
    public async Task AMultiPartyTalkWithoutOtherParticipants_IsRefused_AndKeepsTheText()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/Talk", Talk("MultiParty"))).TextAsync();

        html.ShouldContain("Ange vilka övriga som deltog");
        html.ShouldContain("Praktiken på lagret går bra; truckkortet är klart.");
        await using var db = App.NewDbContext();
        (await db.FollowUpTalks.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task AMultiPartyTalk_WithoutAPlan_IsJournalled()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var saved = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/Talk", Talk("MultiParty", "Arbetsförmedlingen", revise: false));

        var talkPage = await session.GetStringAsync(saved.Headers.Location!.ToString());
        talkPage.ShouldContain("Den sökande har ingen aktiv plan vars uppföljning kunde flyttas.");
        talkPage.ShouldContain("Arbetsförmedlingen");
        (await session.GetStringAsync($"/Applicants/{applicant.Id}/FollowUps")).ShouldContain("Flerpartssamtal");
        (await session.GetStringAsync($"/Applicants/{applicant.Id}?journalKind=MultiPartyTalk")).ShouldContain("Deltagare: den sökande, socialsekreteraren, coachen på Jobbtorg, Arbetsförmedlingen.");
    }

    [Theory]
    [InlineData(1, 60, "Samtalet kan inte registreras innan det hållits")]
    [InlineData(0, 0, "Nästa uppföljning måste ligga efter samtalet.")]
    public async Task DatesOutOfOrder_AreRefused(int heldInDays, int nextInDays, string message)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/Talk", Talk(heldOn: Today.AddDays(heldInDays), next: Today.AddDays(nextInDays)))).TextAsync();

        html.ShouldContain(message);
    }

    [Fact]
    public async Task AManagerReadsTheTalk_ButCannotRecordOne()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var worker = await SignInAsync("socialsekreterare.st");
        var saved = await worker.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/Talk", Talk());
        var manager = await SignInAsync("chef");
        await manager.StateReasonAsync(applicant.Id);

        var talkPage = await manager.GetStringAsync(saved.Headers.Location!.ToString());

        talkPage.ShouldContain("Redo att söka fast anställning.");
        talkPage.ShouldNotContain("Revidera planen efter samtalet");
        (await manager.GetAsync($"/Applicants/{applicant.Id}/FollowUps/Talk")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await (await SignInAsync("socialsekreterare.hl")).GetAsync(saved.Headers.Location!.ToString())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ARevisionNamingAnotherApplicantsTalkAsCause_IsRefusedByTheField_AndSavesNoVersion()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var plan = await App.AddActivePlanAsync(applicant);
        var other = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Annan");
        var session = await SignInAsync("socialsekreterare.st");
        var othersTalk = await session.SubmitFormAsync($"/Applicants/{other.Id}/FollowUps/Talk", Talk(revise: false));
        var othersTalkId = Guid.Parse(othersTalk.Headers.Location!.ToString().Split('/')[^1].Split('?')[0]);
        var form = PlanForms.Plan("Arbete som truckförare i Järfälla inom ett år", reason: "Efter trepartssamtalet: sök fast anställning.",
            version: await App.PlanVersionAsync(plan.Id));

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/WorkPlans/Edit/{plan.Id}/{othersTalkId}", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("<a class=\"alert-link\" href=\"#Input_Reason\">Samtalet som anges som orsak hör inte till den här sökande.");
        html.ShouldContain("Arbete som truckförare i Järfälla inom ett år");
        await using var db = App.NewDbContext();
        (await db.WorkPlanVersions.IgnoreQueryFilters().CountAsync(v => v.WorkPlanId == plan.Id)).ShouldBe(1);
    }

    [GeneratedRegex("href=\"/Applicants/[^/]+/WorkPlans/Edit/([0-9a-f-]+)/([0-9a-f-]+)\"")]
    private static partial Regex ReviseLink();
}
