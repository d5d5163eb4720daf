using CaseWork.Domain.Retention;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.Retention.RetentionFiles;

namespace CaseWork.Web.Tests.Retention;

/// <summary>The set-based search finds exactly the files the domain rule calls due, exempt or in use.</summary>
public class RetentionSearchTests(AppFixture app) : AppTest(app)
{
    private static readonly DateOnly LongAgo = Date("2015-06-10");

    /// <summary>The full file's last entry: its aid month counts until the month's last day.</summary>
    private static readonly DateOnly EndOfLongAgoMonth = Date("2015-06-30");

    [Fact]
    public async Task AFile_IsFoundFiveYearsAfterItsLastEntry_AndNotADayBefore()
    {
        var person = await App.AddPersonAsync(LongAgo);

        (await SearchAsync(Date("2020-06-09"))).ShouldBeEmpty();
        var found = (await SearchAsync(Date("2020-06-10"))).ShouldHaveSingleItem();

        found.ApplicantId.ShouldBe(person.Id);
        found.Assessment.ShouldBe(new RetentionAssessment(RetentionStatus.Due, LongAgo, Date("2020-06-10"), Date("2021-12-31"), InUse.None));
    }

    [Fact]
    public async Task ALastEntryOnALeapDay_IsFoundOn28February_FiveYearsOn()
    {
        await App.AddPersonAsync(Date("2020-02-29"));

        (await SearchAsync(Date("2025-02-27"))).ShouldBeEmpty();
        (await SearchAsync(Date("2025-02-28"))).ShouldHaveSingleItem().Assessment.Status.ShouldBe(RetentionStatus.Due);
    }

    [Fact]
    public async Task AnEntryAtTheYearsEnd_IsFoundOnTheYearsLastDay_WithTheNextYearToDeleteIt()
    {
        await App.AddPersonAsync(Date("2019-12-31"));

        (await SearchAsync(Date("2024-12-30"))).ShouldBeEmpty();
        var found = (await SearchAsync(Date("2024-12-31"))).ShouldHaveSingleItem().Assessment;

        found.Deadline.ShouldBe(Date("2025-12-31"));
        found.IsOverdue(Date("2026-01-01")).ShouldBeTrue();
    }

    [Fact]
    public async Task AnAidMonth_CountsAsAnEntryOnItsLastDay()
    {
        var person = await App.AddPersonAsync(Date("2015-05-04"));
        await App.AddAidMonthAsync(person.Id, Date("2015-05-04"));

        (await SearchAsync(Date("2020-05-30"))).ShouldBeEmpty();
        (await SearchAsync(Date("2020-05-31"))).ShouldHaveSingleItem().Assessment.LastEntryOn.ShouldBe(Date("2015-05-31"));
    }

    /// <summary>
    /// The registration counts on its Swedish calendar day to the minute around midnight, in winter and in summer time:
    /// the search narrows the register by the registration timestamp before it looks at any record.
    /// </summary>
    [Theory]
    [InlineData("2015-01-20 23:59", "2015-01-20")]
    [InlineData("2015-01-21 00:00", "2015-01-21")]
    [InlineData("2015-07-20 23:59", "2015-07-20")]
    [InlineData("2015-07-21 00:00", "2015-07-21")]
    public async Task ARegistration_CountsOnItsSwedishDay_AroundMidnight(string swedishTime, string day)
    {
        var person = await App.AddPersonAsync(Date(day));
        await SetAsync($"UPDATE applicants SET registered_at = timestamp '{swedishTime}' AT TIME ZONE 'Europe/Stockholm' WHERE id = @id", person.Id);
        var fiveYearsOn = Date(day).AddYears(5);

        (await SearchAsync(fiveYearsOn.AddDays(-1))).ShouldBeEmpty();
        (await SearchAsync(fiveYearsOn)).ShouldHaveSingleItem().Assessment.LastEntryOn.ShouldBe(Date(day));
    }

    /// <summary>Each dated column of a file is an entry: moving any one of them later keeps the whole file.</summary>
    [Theory]
    [InlineData("applicants", "registered_at")]
    [InlineData("aid_months", "month")]
    [InlineData("journal_notes", "event_date")]
    [InlineData("journal_notes", "written_at")]
    [InlineData("journal_notes", "signed_at")]
    [InlineData("monthly_checks", "recorded_at")]
    [InlineData("follow_up_talks", "held_on")]
    [InlineData("follow_up_talks", "recorded_at")]
    [InlineData("work_plans", "started_at")]
    [InlineData("work_plans", "changed_at")]
    [InlineData("work_plans", "closed_at")]
    [InlineData("work_plan_versions", "created_at")]
    [InlineData("work_plan_agreements", "date")]
    [InlineData("basic_investigations", "started_at")]
    [InlineData("basic_investigations", "signed_at")]
    [InlineData("referrals", "created_at")]
    [InlineData("referrals", "sent_on")]
    [InlineData("referrals", "received_on")]
    [InlineData("referrals", "first_visit_on")]
    [InlineData("referrals", "closed_on")]
    [InlineData("referrals", "consent_recorded_on")]
    [InlineData("attendance_reports", "reported_at")]
    [InlineData("referral_interventions", "start_on")]
    [InlineData("referral_interventions", "end_on")]
    [InlineData("case_review_entries", "recorded_at")]
    [InlineData("case_reviews", "signed_at")]
    [InlineData("review_actions", "done_at")]
    public async Task EveryKindOfEntry_MovesTheLastEntry(string table, string column)
    {
        var person = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(person.Id, LongAgo);
        var later = Date("2018-03-14");

        await SetDateAsync(table, column, person.Id, later);

        (await SearchAsync(Date("2022-01-01"))).ShouldBeEmpty();
        var lastEntry = table == "aid_months" ? Date("2018-03-31") : later;
        (await PastTheYearsAsync(Date("2040-01-01"))).ShouldHaveSingleItem().Assessment.LastEntryOn.ShouldBe(lastEntry);
    }

    [Theory]
    [InlineData("follow_up_talks", "next_follow_up_on")]
    [InlineData("work_plans", "next_follow_up_on")]
    [InlineData("review_actions", "due_on")]
    [InlineData("referrals", "job_plan_due_on")]
    public async Task APlannedDate_IsNotAnEntry(string table, string column)
    {
        var person = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(person.Id, LongAgo);

        await SetDateAsync(table, column, person.Id, Date("2019-03-14"));

        (await SearchAsync(Date("2022-01-01"))).ShouldHaveSingleItem().Assessment.LastEntryOn.ShouldBe(EndOfLongAgoMonth);
    }

    [Fact]
    public async Task ReadingAFile_DoesNotKeepIt()
    {
        var person = await App.AddPersonAsync(LongAgo);
        await using (var db = App.NewDbContext())
        {
            db.AuditEntries.Add(new CaseWork.Domain.Auditing.AuditEntry(Noon(Date("2021-01-05")), null, "admin", CaseWork.Domain.Auditing.AuditAction.ApplicantViewed, person.Id, null));
            await db.SaveChangesAsync();
        }

        (await SearchAsync(Date("2021-01-05"))).ShouldHaveSingleItem().ApplicantId.ShouldBe(person.Id);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(15, false)]
    [InlineData(25, false)]
    [InlineData(5, true)] // samordningsnummer 65
    [InlineData(15, true)] // 75
    [InlineData(25, true)] // 85
    public async Task PeopleBornOnAResearchDay_AreKept(int day, bool coordination)
    {
        var person = await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1979, 10, day), coordination));
        var today = Date("2022-01-01");

        (await SearchAsync(today)).ShouldBeEmpty();
        (await PastTheYearsAsync(today, leaveOutExempt: true)).ShouldBeEmpty("the database leaves out the research days as the rule does");
        var kept = (await PastTheYearsAsync(today)).ShouldHaveSingleItem();
        kept.ApplicantId.ShouldBe(person.Id);
        kept.Assessment.Status.ShouldBe(RetentionStatus.Exempt);
        (await CountAsync(today)).ShouldBe(new RetentionCounts(0, 1, 0));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(16, false)]
    [InlineData(6, true)] // samordningsnummer 66
    [InlineData(26, true)] // 86
    public async Task PeopleBornOnOtherDays_AreNotExempt(int day, bool coordination)
    {
        await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1979, 10, day), coordination));

        (await PastTheYearsAsync(Date("2022-01-01"), leaveOutExempt: true)).ShouldHaveSingleItem().Assessment.Status.ShouldBe(RetentionStatus.Due);
        (await CountAsync(Date("2022-01-01"))).ShouldBe(new RetentionCounts(1, 0, 0));
    }

    [Fact]
    public async Task AnActivePlan_KeepsTheFile()
    {
        var person = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(person.Id, LongAgo);
        await SetAsync("UPDATE work_plans SET status = 'Active', closed_at = NULL, closure_reason = NULL WHERE applicant_id = @id", person.Id);

        await ShouldBeKeptInUseAsync(InUse.ActivePlan);
    }

    [Fact]
    public async Task AnOpenReferral_KeepsTheFile()
    {
        var person = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(person.Id, LongAgo);
        await SetAsync("UPDATE referrals SET closed_on = NULL, closure_reason = NULL WHERE applicant_id = @id", person.Id);

        await ShouldBeKeptInUseAsync(InUse.OpenReferral);
    }

    [Fact]
    public async Task AnUnsignedCaseReview_AndAnOpenAction_KeepTheFile()
    {
        var person = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(person.Id, LongAgo);
        await SetAsync("UPDATE case_reviews SET status = 'Ongoing', signed_at = NULL WHERE id IN (SELECT review_id FROM case_review_entries WHERE applicant_id = @id)", person.Id);
        await SetAsync("UPDATE review_actions SET done_at = NULL WHERE applicant_id = @id", person.Id);

        await ShouldBeKeptInUseAsync(InUse.OngoingCaseReview | InUse.OpenReviewAction);
    }

    [Fact]
    public async Task AClosedFile_IsNotInUse()
    {
        var person = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(person.Id, LongAgo);

        (await SearchAsync(Date("2022-01-01"))).ShouldHaveSingleItem().Assessment.InUse.ShouldBe(InUse.None);
    }

    [Fact]
    public async Task TheSearch_ReadsInBatches_ByKeyset_WithoutRepeatsOrGaps()
    {
        var people = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            people.Add((await App.AddPersonAsync(LongAgo.AddDays(i))).Id);
        }

        await App.AddPersonAsync(Today.AddYears(-1));
        await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1979, 10, 15)));
        await using var db = App.NewDbContext();
        var candidates = new RetentionCandidates(db);
        var seen = new List<Guid>();
        var after = Guid.Empty;
        while (true)
        {
            var batch = await candidates.ReadAsync(after, 2, Date("2022-01-01"), leaveOutExempt: true, CancellationToken.None);
            seen.AddRange(batch.Select(c => c.ApplicantId));
            if (batch.Count < 2)
            {
                break;
            }

            after = batch[^1].ApplicantId;
        }

        seen.ShouldBe(people, ignoreOrder: true);
        seen.Distinct().Count().ShouldBe(5);
    }

    private async Task ShouldBeKeptInUseAsync(InUse expected)
    {
        var today = Date("2022-01-01");
        (await SearchAsync(today)).ShouldBeEmpty();
        var kept = (await PastTheYearsAsync(today)).ShouldHaveSingleItem().Assessment;
        kept.Status.ShouldBe(RetentionStatus.InUse);
        kept.InUse.ShouldBe(expected);
        (await CountAsync(today)).ShouldBe(new RetentionCounts(0, 0, 1));
    }

    /// <summary>The files a run would delete on <paramref name="today"/>.</summary>
    private async Task<IReadOnlyList<RetentionCandidate>> SearchAsync(DateOnly today) =>
        (await PastTheYearsAsync(today, leaveOutExempt: true)).Where(c => c.Assessment.Status == RetentionStatus.Due).ToList();

    /// <summary>Every file past the five years, each with the rule's assessment.</summary>
    private async Task<IReadOnlyList<RetentionCandidate>> PastTheYearsAsync(DateOnly today, bool leaveOutExempt = false)
    {
        await using var db = App.NewDbContext();
        return await new RetentionCandidates(db).ReadAsync(Guid.Empty, 100, today, leaveOutExempt, CancellationToken.None);
    }

    private async Task<RetentionCounts> CountAsync(DateOnly today)
    {
        await using var db = App.NewDbContext();
        return await new RetentionCandidates(db).CountAsync(today, CancellationToken.None);
    }
}
