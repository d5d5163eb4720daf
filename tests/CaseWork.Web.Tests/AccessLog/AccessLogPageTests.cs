using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.AccessLog;

public class AccessLogPageTests(AppFixture app) : AppTest(app)
{
    private const string Worker = "socialsekreterare.st";
    private const string Colleague = "handlaggare1.st";

    private static string Today => AppTime.Now.Date.ToString("yyyy-MM-dd");

    private static string TodaysLog => $"/AccessLog?from={Today}&to={Today}";

    [Fact]
    public async Task TheUnitHead_SeesTheUnitsLog_WithReadsOutsideTheCaseloadFlagged_AndNothingOfOtherUnits()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var elsewhere = await App.AddApplicantAsync(Org.HagerstenUnit, "Omar", "Berg");
        await AddEntryAsync(Worker, AuditAction.ApplicantViewed, own);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, own);
        await AddEntryAsync("socialsekreterare.hl", AuditAction.ApplicantViewed, elsewhere);
        var head = await SignInAsync("enhetschef.st");

        var html = await head.GetStringAsync(TodaysLog);

        html.ShouldContain("Ek, Lina");
        html.ShouldNotContain("Berg, Omar");
        html.ShouldContain("Träffar: 2, varav flaggade: 1.");
        html.ShouldContain("Utanför egen ärendebalans");
    }

    [Fact]
    public async Task FlaggedOnly_ListsExactlyTheEntriesTheRulesFlag()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var hidden = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Nora", "Sky", assignedWorker: Org.UserIds[Worker], protectedIdentity: true);
        await AddEntryAsync(Worker, AuditAction.ApplicantViewed, own);
        await AddEntryAsync(Worker, AuditAction.AidMonthRecorded, own);
        await AddEntryAsync(Colleague, AuditAction.AidMonthRecorded, own);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, own, "outside");
        await AddEntryAsync(Worker, AuditAction.ApplicantViewed, hidden, "protected");
        await AddEntryAsync(Colleague, AuditAction.AccessDenied, null, "refused");
        var checker = await SignInAsync("loggkontroll");

        var html = await checker.GetStringAsync($"{TodaysLog}&flaggedOnly=true");

        html.ShouldContain("Träffar: 3, varav flaggade: 3.");
        html.ShouldContain("Skyddad identitet");
        html.ShouldContain("Nekad");
        (await checker.GetStringAsync(TodaysLog)).ShouldContain("Träffar: 6, varav flaggade: 3.");
    }

    /// <summary>Each flag's edge against the candidates the flagged-only search is kept to (AccessLogQuery.FlagCandidates).</summary>
    [Fact]
    public async Task FlaggedOnly_FindsEachFlagByItsPurposeActionOrProtectedIdentity_AndNothingWithATaskBehindIt()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var hidden = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Nora", "Sky", assignedWorker: Org.UserIds[Worker], protectedIdentity: true);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, own, "covering", ReadPurpose.Covering);
        await AddEntryAsync(Worker, AuditAction.ApplicantViewed, own, "own", ReadPurpose.OwnCase);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, own, "reason", ReadPurpose.StatedReason);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, own, "refused", ReadPurpose.Refused);
        await AddEntryAsync(Worker, AuditAction.AidMonthRecorded, hidden, "protected change", ReadPurpose.OwnCase);
        await AddEntryAsync(Colleague, AuditAction.RecordExtractProduced, own, "extract");
        await AddEntryAsync(Worker, AuditAction.RecordExtractProduced, own, "own extract");
        var checker = await SignInAsync("loggkontroll");

        var html = await checker.GetStringAsync($"{TodaysLog}&flaggedOnly=true");

        html.ShouldContain("Träffar: 4, varav flaggade: 4.");
        html.ShouldContain("Skyddad identitet");
        html.ShouldContain("Nekad");
        (await checker.GetStringAsync(TodaysLog)).ShouldContain("Träffar: 7, varav flaggade: 4.");
    }

    [Fact]
    public async Task TheSearch_FindsOneApplicantsEntries_ByPersonnummer()
    {
        var lina = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var omar = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Berg", assignedWorker: Org.UserIds[Worker]);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, lina);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, omar);
        var head = await SignInAsync("enhetschef.st");

        var html = await head.GetStringAsync($"{TodaysLog}&applicant={lina.PersonalIdentityNumber}");

        html.ShouldContain("Ek, Lina");
        html.ShouldNotContain("Berg, Omar");
        await using var db = App.NewDbContext();
        var searched = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.AccessLogSearched);
        searched.ApplicantId.ShouldBe(lina.Id);
        searched.Detail!.ShouldNotContain(lina.PersonalIdentityNumber);
    }

    [Fact]
    public async Task BadInput_IsExplainedNextToTheField_AndKept()
    {
        var head = await SignInAsync("enhetschef.st");

        var html = await head.GetStringAsync("/AccessLog?from=2026-13-01&to=2026-01-31&applicant=19900101-0010");

        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("href=\"#From\"");
        html.ShouldContain("Skriv första dagen som ÅÅÅÅ-MM-DD.");
        html.ShouldContain("Sista siffran (kontrollsiffran) stämmer inte");
        html.ShouldContain("value=\"19900101-0010\"");
        (await head.GetStringAsync("/AccessLog?from=2026-02-01&to=2026-01-31")).ShouldContain("Perioden måste sluta samma dag som den börjar eller senare.");
        (await head.GetStringAsync("/AccessLog?from=2024-01-01&to=2026-01-31")).ShouldContain("En sökning kan omfatta högst ett år.");
        var export = await head.GetAsync("/AccessLog?handler=Export&format=csv&from=igår&to=2026-01-31");
        export.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await head.GetStringAsync(export.Headers.Location!.ToString())).ShouldContain("Skriv första dagen som ÅÅÅÅ-MM-DD.");
    }

    [Fact]
    public async Task ACheck_IsRecordedWithItsComment_AndShownAmongTheRecentChecks()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, own);
        var head = await SignInAsync("enhetschef.st");

        var withoutComment = await head.SubmitFormAsync(TodaysLog, new() { ["from"] = Today, ["to"] = Today, ["Comment"] = " " }, $"{TodaysLog}&handler=Check");
        var saved = await head.SubmitFormAsync(TodaysLog, new() { ["from"] = Today, ["to"] = Today, ["Comment"] = "Läsningen var i tjänsten (vikarierade)." }, $"{TodaysLog}&handler=Check");

        (await withoutComment.TextAsync()).ShouldContain("Skriv vad kontrollen visade, även om den inte visade något.");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await head.GetStringAsync(saved.Headers.Location!.ToString());
        page.ShouldContain("Loggkontrollen är sparad som gjord.");
        page.ShouldContain("Läsningen var i tjänsten (vikarierade).");
        await using var db = App.NewDbContext();
        var check = await db.LogChecks.SingleAsync();
        (check.Entries, check.FlaggedEntries, check.UnitId).ShouldBe((1, 1, Org.SpangaTenstaUnit));
    }

    [Fact]
    public async Task TheLog_ExportsToCsv()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, own);
        var checker = await SignInAsync("loggkontroll");

        var response = await checker.GetAsync($"{TodaysLog}&handler=Export&format=csv");
        var text = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        text.ShouldContain("Ek, Lina");
        text.ShouldContain("Öppnade akten");
        text.ShouldContain("Utanför egen ärendebalans");
    }

    [Fact]
    public async Task APageOfTheLog_TakesTheSameNumberOfQueries_ForOneOrSixtyEntries()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        await AddEntryAsync(Colleague, AuditAction.ApplicantViewed, own);
        var head = await SignInAsync("enhetschef.st");
        await head.GetStringAsync(TodaysLog);
        App.Factory.Commands.Reset();
        await head.GetStringAsync(TodaysLog);
        var forOne = App.Factory.Commands.Count;
        for (var i = 0; i < 60; i++)
        {
            await AddEntryAsync(i % 2 == 0 ? Colleague : Worker, AuditAction.ApplicantViewed, own);
        }

        App.Factory.Commands.Reset();
        var html = await head.GetStringAsync(TodaysLog);

        App.Factory.Commands.Count.ShouldBe(forOne);
        html.ShouldContain("Sida 1 av 2");
    }

    [Theory]
    [InlineData("socialsekreterare.st")]
    [InlineData("chef")]
    [InlineData("admin")]
    [InlineData("jobbcoach")]
    public async Task OthersThanUnitHeadsAndLogCheckers_AreRefused(string userName)
    {
        var user = await SignInAsync(userName);

        foreach (var url in new[] { "/AccessLog", $"/AccessLog?handler=Export&format=csv&from={Today}&to={Today}" })
        {
            var response = await user.GetAsync(url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }
    }

    [Fact]
    public async Task TheLogChecker_SeesNoCaseFile()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek");
        var checker = await SignInAsync("loggkontroll");

        (await checker.GetAsync("/Applicants")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await checker.GetAsync($"/Applicants/{own.Id}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    private async Task AddEntryAsync(string userName, AuditAction action, Applicant? applicant, string? detail = null, ReadPurpose? purpose = null)
    {
        await using var db = App.NewDbContext();
        db.AuditEntries.Add(new AuditEntry(AppTime.UtcNow, Org.UserIds[userName], userName, action, applicant?.Id, detail, purpose: purpose));
        await db.SaveChangesAsync();
    }
}
