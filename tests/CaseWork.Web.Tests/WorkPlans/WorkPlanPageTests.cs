using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Domain.WorkPlans;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.WorkPlans;

public partial class WorkPlanPageTests(AppFixture app, Xunit.Abstractions.ITestOutputHelper output) : AppTest(app)
{
    private const string Individual = "Arbete som barnskötare i Tensta inom ett år, efter sfi och praktik";

    [Fact]
    public async Task DraftActivateReviseCompare_TheWholeLifecycle()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 3);
        var session = await SignInAsync("socialsekreterare.st");
        var editor = $"/Applicants/{applicant.Id}/WorkPlans/Edit";

        var draft = await session.SubmitFormAsync(editor, PlanForms.Plan("Bli självförsörjande"));
        draft.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = draft.Headers.Location!.ToString();
        var page = await (await session.GetAsync(details)).TextAsync();
        page.ShouldContain("Utkastet till arbetsplan är sparat.");
        page.ShouldContain("Målet är generellt");
        page.ShouldContain("Utkast");

        var planId = PlanIdIn(details);
        var plan = $"/Applicants/{applicant.Id}/WorkPlans/{planId}";
        var version = await VersionAsync(planId);
        (await session.SubmitFormAsync($"{editor}/{planId}", PlanForms.Plan(Individual, version: version))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var noChoice = await session.SubmitFormAsync($"{plan}/Agreement", new() { ["Input.Date"] = PlanForms.Iso(PlanForms.Today), ["Input.Method"] = "InMeeting" });
        (await noChoice.TextAsync()).ShouldContain("Ange om den sökande instämmer.");
        var noView = await session.SubmitFormAsync($"{plan}/Agreement", new() { ["Input.Date"] = PlanForms.Iso(PlanForms.Today), ["Input.Method"] = "InMeeting", ["Input.Agrees"] = "no" });
        (await noView.TextAsync()).ShouldContain("enligt lag ska det antecknas");
        var agreed = await session.SubmitFormAsync($"{plan}/Agreement", new()
        {
            ["Input.Date"] = PlanForms.Iso(PlanForms.Today), ["Input.Method"] = "InMeeting", ["Input.Agrees"] = "no", ["Input.ApplicantView"] = "Vill hellre bli undersköterska.",
        });
        agreed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var active = await session.GetStringAsync(plan);
        active.ShouldContain("Planen är aktiv.");
        active.ShouldContain("Vill hellre bli undersköterska.");
        active.ShouldNotContain("Målet är generellt");

        version = await VersionAsync(planId);
        var noReason = await session.SubmitFormAsync($"{editor}/{planId}", PlanForms.Plan(Individual + " på heltid", version: version));
        (await noReason.TextAsync()).ShouldContain("Ange varför planen revideras.");
        var revised = await session.SubmitFormAsync($"{editor}/{planId}", PlanForms.Plan(Individual + " på heltid", subgoals: 1, reason: "Trepartssamtal: praktiken räcker", version: version));
        revised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync(revised.Headers.Location!.ToString())).ShouldContain("Version 2 av planen är sparad.");

        var history = await session.GetStringAsync($"{plan}/History");
        history.ShouldContain("Trepartssamtal: praktiken räcker");
        history.ShouldContain("Första överenskomna versionen");
        var compare = await session.GetStringAsync($"{plan}/Compare?from=1&to=2");
        compare.ShouldContain("på heltid");
        compare.ShouldContain("Borttaget delmål:</strong> Delmål 2");

        var print = await session.GetStringAsync($"{plan}/Print");
        print.ShouldContain("Sökandens underskrift och datum");
        print.ShouldContain("Version 2");
        print.ShouldNotContain("navbar");
    }

    [Fact]
    public async Task Editor_BadDates_AreExplainedBesideTheFieldsAndNothingIsLost()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var form = PlanForms.Plan(Individual, firstTarget: PlanForms.Today.AddYears(2));
        form["Input.NextFollowUp"] = "31/12/2026";
        form["Input.Subgoals[1].What"] = string.Empty;

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/WorkPlans/Edit", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("Måldatumet måste ligga inom planens period.");
        html.ShouldContain("href=\"#Input_Subgoals_0__TargetDate\"");
        html.ShouldContain("Nästa uppföljning ska vara ett datum som ÅÅÅÅ-MM-DD.");
        html.ShouldContain("Beskriv delmålet.");
        html.ShouldContain(Individual);
        html.ShouldContain("value=\"31/12/2026\"");
        await using var db = App.NewDbContext();
        (await db.WorkPlans.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Editor_AddSubgoal_RedrawsWithoutSavingOrLosingText()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var editor = $"/Applicants/{applicant.Id}/WorkPlans/Edit";

        var response = await session.SubmitFormAsync(editor, PlanForms.Plan(Individual), postUrl: editor + "?handler=AddSubgoal");

        var html = await response.TextAsync();
        html.ShouldContain(Individual);
        html.ShouldContain("name=\"Input.Subgoals[2].What\"");
        html.ShouldNotContain("Det finns ett problem");
        await using var db = App.NewDbContext();
        (await db.WorkPlans.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Editor_RedrawWithAFormThatDoesNotYetMakeAPlan_StillJudgesTheGoal()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var editor = $"/Applicants/{applicant.Id}/WorkPlans/Edit";
        var form = PlanForms.Plan("Bli självförsörjande");
        form["Input.Subgoals[0].Status"] = "NoSuchStatus";

        var response = await session.SubmitFormAsync(editor, form, postUrl: editor + "?handler=AddSubgoal");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The signal list itself, not the live check's message text that the page always carries.
        (await response.TextAsync()).ShouldContain("</span>Målet är generellt</li>");
    }

    [Fact]
    public async Task Editor_SubgoalAndActivityFields_ShowTheirTextLimitsAsMaxlength_FromTheNestedValidators()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var editor = $"/Applicants/{applicant.Id}/WorkPlans/Edit";

        var html = await (await session.SubmitFormAsync(editor, PlanForms.Plan(Individual), postUrl: editor + "?handler=AddSubgoal")).TextAsync();

        var limit = $"maxlength=\"{PlanContent.MaxTextLength.ToString(CultureInfo.InvariantCulture)}\"";
        InputNamed(html, "Input.Subgoals[0].What").ShouldContain(limit);
        InputNamed(html, "Input.Subgoals[1].Criterion").ShouldContain(limit);
        InputNamed(html, "Input.Subgoals[2].What").ShouldContain(limit, Case.Sensitive, "the row just added");
        InputNamed(html, "Input.Subgoals[0].Activities[0].What").ShouldContain(limit);
        InputNamed(html, "Input.Subgoals[1].Activities[0].WhoElse").ShouldContain("maxlength=\"200\"");
        // The rows that the page's script adds are cloned from templates: they carry the same limits.
        InputNamed(html, "Input.Subgoals[__s__].What").ShouldContain(limit);
        InputNamed(html, "Input.Subgoals[__s__].Activities[__a__].What").ShouldContain(limit);
    }

    [Fact]
    public async Task PlanPages_TakeTheSameNumberOfQueries_ForTwoOrFortyVersions()
    {
        var small = await SeedPlanAsync(versions: 2, subgoals: 2);
        var large = await SeedPlanAsync(versions: 40, subgoals: 20);
        var session = await SignInAsync("socialsekreterare.st");

        foreach (var page in new[] { "", "/History", "/Compare?from=1&to=2", "/Print" })
        {
            App.Factory.Commands.Reset();
            await session.GetStringAsync($"/Applicants/{small.ApplicantId}/WorkPlans/{small.Id}{page}");
            var forSmall = App.Factory.Commands.Count;
            App.Factory.Commands.Reset();
            await session.GetStringAsync($"/Applicants/{large.ApplicantId}/WorkPlans/{large.Id}{page}");
            var forLarge = App.Factory.Commands.Count;

            forLarge.ShouldBe(forSmall, customMessage: page);
            forLarge.ShouldBeLessThanOrEqualTo(9, customMessage: page);

            // A reading for docs/operations.md, not a pass mark: time is measured by the benchmarks, not asserted here.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 10; i++)
            {
                await session.GetStringAsync($"/Applicants/{large.ApplicantId}/WorkPlans/{large.Id}{page}");
            }

            output.WriteLine($"plan page '{page}' with 40 versions and 20 subgoals: {forLarge} queries, {clock.Elapsed.TotalMilliseconds / 10:0.0} ms a request");
        }
    }

    [Fact]
    public async Task APlanOfAnotherApplicant_IsNotFoundUnderThisApplicant()
    {
        var plan = await SeedPlanAsync(versions: 1, subgoals: 1);
        var other = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Annan");
        var session = await SignInAsync("socialsekreterare.st");

        foreach (var page in new[] { "", "/History", "/Compare?from=1&to=1", "/Print", "/Agreement", "/Close" })
        {
            (await session.GetAsync($"/Applicants/{other.Id}/WorkPlans/{plan.Id}{page}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, customMessage: page);
        }
    }

    [Fact]
    public async Task UnitHeadAndManager_ReadThePlan_NeitherCanRevise()
    {
        var plan = await SeedPlanAsync(versions: 1, subgoals: 1);
        var head = await SignInAsync("enhetschef.st");
        var manager = await SignInAsync("chef");
        await head.StateReasonAsync(plan.ApplicantId);
        await manager.StateReasonAsync(plan.ApplicantId);

        var headView = await head.GetStringAsync($"/Applicants/{plan.ApplicantId}/WorkPlans/{plan.Id}");
        headView.ShouldContain("Arbetsplan");
        headView.ShouldNotContain("Revidera");
        (await head.GetAsync($"/Applicants/{plan.ApplicantId}/WorkPlans/Edit/{plan.Id}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await head.GetAsync($"/Applicants/{plan.ApplicantId}/Investigations/Edit")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        var read = await manager.GetStringAsync($"/Applicants/{plan.ApplicantId}/WorkPlans/{plan.Id}");
        read.ShouldContain("Arbetsplan");
        read.ShouldNotContain("Revidera");
        (await manager.GetAsync($"/Applicants/{plan.ApplicantId}/WorkPlans/Edit/{plan.Id}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task CasePageAndHistory_NameThePlanByItsPeriod_NotByTheDayItWasCreated()
    {
        var plan = await SeedPlanAsync(versions: 2, subgoals: 1);
        var name = $"Plan {PlanForms.Iso(PlanForms.Today)} – {PlanForms.Iso(PlanForms.Today.AddMonths(6))}";
        var session = await SignInAsync("socialsekreterare.st");

        var casePage = await session.GetStringAsync($"/Applicants/{plan.ApplicantId}");
        var history = await session.GetStringAsync($"/Applicants/{plan.ApplicantId}/WorkPlans/{plan.Id}/History");

        casePage.ShouldContain($"/WorkPlans/{plan.Id}\">{name}</a>");
        casePage.ShouldNotContain("Arbetsplan från");
        history.ShouldContain($"/WorkPlans/{plan.Id}\">{name}</a></li>"); // the breadcrumb names the plan
        Regex.Count(history, Regex.Escape($"<td class=\"text-nowrap\">{name}</td>")).ShouldBe(2); // each version's period
    }

    [Fact]
    public async Task CasePage_ShowsSignals_WhenNoPlanWhileOnAid()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 2);

        var html = await (await SignInAsync("socialsekreterare.st")).GetStringAsync($"/Applicants/{applicant.Id}");

        html.ShouldContain("Ingen aktiv plan trots bistånd");
        html.ShouldContain("Ingen signerad grundutredning");
        html.ShouldContain("Skriv arbetsplan");
    }

    [Fact]
    public async Task ADraft_IsDiscarded_NeverClosedForAReason()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 3);
        var session = await SignInAsync("socialsekreterare.st");
        var created = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/WorkPlans/Edit", PlanForms.Plan(Individual));
        var plan = created.Headers.Location!.ToString();
        var planId = PlanIdIn(plan);

        var details = await session.GetStringAsync(plan);
        details.ShouldContain("Kassera utkastet");
        details.ShouldNotContain("Avsluta planen");
        details.ShouldContain("Registrera instämmande och aktivera");
        details.ShouldNotContain("samtycke");

        var closed = await session.SubmitFormAsync($"{plan}/Close", new() { ["Reason"] = nameof(PlanClosureReason.SelfSufficient) });
        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await closed.TextAsync()).ShouldContain("Planen är inte aktiv.");
        await using (var db = App.NewDbContext())
        {
            (await db.WorkPlans.IgnoreQueryFilters().SingleAsync(p => p.Id == planId)).Status.ShouldBe(WorkPlanStatus.Draft);
        }

        var discarded = await session.SubmitFormAsync($"{plan}/Close", new() { ["Reason"] = nameof(PlanClosureReason.DraftDiscarded) });
        discarded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ApplicantList_ShowsEachCasesSignalsAsBadges()
    {
        var good = await SeedPlanAsync(versions: 1, subgoals: 1);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Utanplan", lastName: "Öman", aidMonthsInLastYear: 3);

        var html = await (await SignInAsync("socialsekreterare.st")).GetStringAsync("/Applicants?mine=false");

        var withoutPlan = html[html.IndexOf("Öman, Utanplan", StringComparison.Ordinal)..];
        withoutPlan[..withoutPlan.IndexOf("</td>", StringComparison.Ordinal)].ShouldContain("Ingen aktiv plan trots bistånd");
        var withPlan = html[html.IndexOf($"/Applicants/{good.ApplicantId}", StringComparison.Ordinal)..];
        withPlan[..withPlan.IndexOf("</td>", StringComparison.Ordinal)].ShouldNotContain("Ingen aktiv plan trots bistånd");
    }

    [Fact]
    public async Task TwoWorkersRevisingTheSamePlan_TheSecondSeesTheConflictAndKeepsTheirText()
    {
        var plan = await SeedPlanAsync(versions: 1, subgoals: 1);
        var version = await VersionAsync(plan.Id);
        var first = await SignInAsync("socialsekreterare.st");
        var second = await SignInAsync("handlaggare1.st");
        var editor = $"/Applicants/{plan.ApplicantId}/WorkPlans/Edit/{plan.Id}";

        (await first.SubmitFormAsync(editor, PlanForms.Plan(Individual + " (första)", reason: "Första ändringen", version: version))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await second.SubmitFormAsync(editor, PlanForms.Plan(Individual + " (andra)", reason: "Andra ändringen", version: version));

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await conflict.TextAsync();
        html.ShouldContain("En kollega sparade planen medan du skrev.");
        html.ShouldContain(Individual + " (andra)");
        html.ShouldContain("Andra ändringen");
        await using var db = App.NewDbContext();
        (await db.WorkPlanVersions.IgnoreQueryFilters().CountAsync(v => v.WorkPlanId == plan.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task ASecondPlanInProgress_IsRefused_AndTheTextIsKept()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var editor = $"/Applicants/{applicant.Id}/WorkPlans/Edit";
        (await session.SubmitFormAsync(editor, PlanForms.Plan(Individual))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // As from a second tab opened before the first draft was saved.
        var second = await session.SubmitFormAsync("/Applicants", PlanForms.Plan(Individual + " i en annan flik"), postUrl: editor);

        var html = await second.TextAsync();
        html.ShouldContain("Den sökande har redan en plan under arbete");
        html.ShouldContain(Individual + " i en annan flik");
        await using var db = App.NewDbContext();
        (await db.WorkPlans.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task TwoWorkersStartingAPlanAtOnce_OnlyOneIsSaved_AndTheOtherIsToldWhyWithTheirTextKept()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var editor = $"/Applicants/{applicant.Id}/WorkPlans/Edit";
        var sessions = new[] { await SignInAsync("socialsekreterare.st"), await SignInAsync("handlaggare1.st") };
        var forms = new List<Dictionary<string, string>>();
        for (var i = 0; i < sessions.Length; i++)
        {
            forms.Add(await sessions[i].FormFieldsAsync(editor, PlanForms.Plan($"{Individual} ({i})")));
        }

        var responses = await Task.WhenAll(sessions.Select((session, i) => session.PostAsync(editor, forms[i])));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        var refused = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        var html = await refused.TextAsync();
        html.ShouldContain("Den sökande har redan en plan under arbete");
        html.ShouldContain($"{Individual} ({Array.IndexOf(responses, refused)})");
        await using var db = App.NewDbContext();
        (await db.WorkPlans.IgnoreQueryFilters().CountAsync(p => p.ApplicantId == applicant.Id)).ShouldBe(1);
    }


    private async Task<WorkPlan> SeedPlanAsync(int versions, int subgoals)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var today = PlanForms.Today;
        PlanContent Content(int n) => new(
            today,
            today.AddMonths(6),
            today.AddMonths(1),
            $"{Individual}, version {n}",
            Enumerable.Range(0, subgoals).Select(i => new Subgoal(
                new Guid(i + 1, 0, 0, new byte[8]), $"Delmål {i}", "Kriterium", today.AddMonths(2), SubgoalStatus.InProgress,
                [new PlanActivity(new Guid(i + 1, 1, 0, new byte[8]), $"Aktivitet {i}", ActivityOwner.Applicant, null, null)])).ToList(),
            ["Krav"],
            ["Insats"]);
        var plan = WorkPlan.StartDraft(applicant.Id, Content(1), AppTime.UtcNow);
        plan.Activate(new PlanAgreementInput(today, AgreementMethod.InMeeting, true, null), "socialsekreterare.st", AppTime.UtcNow);
        for (var n = 2; n <= versions; n++)
        {
            plan.Revise(Content(n), $"Revidering {n}", "socialsekreterare.st", AppTime.UtcNow);
        }

        await using var db = App.NewDbContext();
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    private async Task<uint> VersionAsync(Guid planId)
    {
        await using var db = App.NewDbContext();
        return await db.WorkPlans.IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => p.Version).SingleAsync();
    }

    private static string InputNamed(string html, string name)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>").Value;
        input.ShouldNotBeEmpty($"an input named {name}");
        return input;
    }

    private static Guid PlanIdIn(string url) => Guid.Parse(PlanUrl().Match(url).Groups[1].Value);

    [GeneratedRegex("/WorkPlans/([0-9a-f-]{36})")]
    private static partial Regex PlanUrl();
}
