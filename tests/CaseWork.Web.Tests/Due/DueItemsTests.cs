using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Due;
using CaseWork.Infrastructure.Retention;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.CaseReviews;
using CaseWork.Web.Pages.Due;
using CaseWork.Web.Tests.CaseReviews;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Due;

/// <summary>
/// The due list read from <c>due_items</c> (kept by the database, ADR 0019) equals the list computed from the case
/// facts by the domain's rules (<see cref="DueFactsQuery"/> and <see cref="FollowUpSchedule"/>, the list of ADR 0006),
/// after each of the app's writes that change those facts, on today and on days to come (the table stores no today).
/// </summary>
public class DueItemsTests(AppFixture app) : AppTest(app)
{
    private static readonly int[] DaysAhead = [0, 6, 25, 40, 61, 95, 400];

    private string Worker => Org.UserIds["socialsekreterare.st"];

    private string Colleague => Org.UserIds["handlaggare1.st"];

    [Fact]
    public async Task AfterTheAppsWrites_TheMaintainedListEqualsTheComputedOne()
    {
        var onAid = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Leila", "Farah", assignedWorker: Worker, aidMonthsInLastYear: 3);
        var newToAid = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Yusuf", "Abdi", assignedWorker: Worker);
        var lastMonthOnly = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Worker);
        var referred = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: Colleague, aidMonthsInLastYear: 2);
        var leaving = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Karin", "Berg", assignedWorker: Worker, aidMonthsInLastYear: 5);
        var unassigned = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Ali", "Hassan", aidMonthsInLastYear: 1);
        await App.AddApplicantAsync(Org.HagerstenUnit, "Hanna", "Berg", aidMonthsInLastYear: 2);
        await ListEqualsComputedAsync();

        // The monthly check through its page: this month for one new to aid, last month for another.
        var worker = await SignInAsync("socialsekreterare.st");
        (await worker.SubmitFormAsync($"/Applicants/{newToAid.Id}/FollowUps/MonthlyCheck", Check(FollowUpArrangements.ThisMonth))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await worker.SubmitFormAsync($"/Applicants/{lastMonthOnly.Id}/FollowUps/MonthlyCheck", Check(FollowUpArrangements.ThisMonth.AddMonths(-1)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ListEqualsComputedAsync();

        // A plan made active, then revised with a new follow-up date.
        var plan = await App.AddActivePlanAsync(onAid);
        await ListEqualsComputedAsync();
        await using (var db = App.NewDbContext())
        {
            var tracked = await db.WorkPlans.IgnoreQueryFilters().Include(p => p.Versions).SingleAsync(p => p.Id == plan.Id);
            tracked.Revise(tracked.Content! with { NextFollowUp = FollowUpArrangements.Today.AddDays(10) }, "Tätare uppföljning.", Worker, AppTime.UtcNow);
            await db.SaveChangesAsync();
        }

        await ListEqualsComputedAsync();

        // Jobbtorg: referred with a first visit, then the job plan made; a talk through its page.
        var referral = await App.AddReferralAsync(referred, sentDaysAgo: 20, firstVisitDaysAgo: 14);
        await ListEqualsComputedAsync();
        await using (var db = App.NewDbContext())
        {
            var tracked = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == referral.Id);
            tracked.RecordJobPlan(FollowUpArrangements.Today.AddDays(-10), "Jobbplan mot lagerarbete.", FollowUpArrangements.Today);
            await db.SaveChangesAsync();
        }

        await ListEqualsComputedAsync();
        var colleague = await SignInAsync("handlaggare1.st");
        (await colleague.SubmitFormAsync($"/Applicants/{referred.Id}/FollowUps/Talk", Talk())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ListEqualsComputedAsync();

        // An aid month corrected to refused.
        await using (var db = App.NewDbContext())
        {
            var tracked = await db.Applicants.IgnoreQueryFilters().Include(a => a.AidMonths).SingleAsync(a => a.Id == unassigned.Id);
            tracked.CorrectAidMonth(FollowUpArrangements.Today.Year, FollowUpArrangements.Today.Month, AidDecision.Refused, FollowUpArrangements.Today);
            await db.SaveChangesAsync();
        }

        await ListEqualsComputedAsync();

        // A case review with an action for the worker, the action done from the list.
        var (reviewId, _) = await App.OpenReviewAsync(daysAgo: 3);
        await App.CompleteReviewAsync(reviewId, actionOwner: ReviewArrangements.Worker);
        await ListEqualsComputedAsync();
        await using (var db = App.NewDbContext())
        {
            var actionId = await db.ReviewActions.IgnoreQueryFilters().Where(a => a.ReviewId == reviewId).Select(a => a.Id).SingleAsync();
            (await worker.SubmitFormAsync("/Due", [], $"/CaseReviews/Actions/{actionId}?handler=Done&returnUrl=%2FDue")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await ListEqualsComputedAsync();

        // The case moved to a colleague: its items follow it to the colleague's list.
        await using (var db = App.NewDbContext())
        {
            var tracked = await db.Applicants.IgnoreQueryFilters().SingleAsync(a => a.Id == onAid.Id);
            tracked.PlaceIn(tracked.DistrictId, tracked.UnitId, Colleague);
            await db.SaveChangesAsync();
        }

        await ListEqualsComputedAsync();

        // A person's file deleted by retention.
        await using (var db = App.NewDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new PersonDeletion(db).DeleteAsync([leaving.Id], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await ListEqualsComputedAsync();
        await using (var db = App.NewDbContext())
        {
            (await db.DueEntries.IgnoreQueryFilters().CountAsync(e => e.ApplicantId == leaving.Id)).ShouldBe(0);
            (await db.DueEntries.IgnoreQueryFilters().CountAsync(e => e.ApplicantId == onAid.Id && e.AssignedWorkerId == Colleague)).ShouldBePositive();
        }
    }

    [Fact]
    public async Task AfterTheLargeSeeder_TheTableFilledAtTheEndEqualsTheComputedList()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LargeDataSeeder>().SeedAsync(200);
        }

        await using (var db = App.NewDbContext())
        {
            (await db.DueEntries.IgnoreQueryFilters().CountAsync()).ShouldBePositive();
        }

        await ListEqualsComputedAsync(paging: false);
    }

    /// <summary>
    /// For the whole unit and each worker, on today and days to come: the same items in the same order, the same
    /// counts, and (with <paramref name="paging"/>) paged both ways alike.
    /// </summary>
    private async Task ListEqualsComputedAsync(bool paging = true)
    {
        foreach (var days in DaysAhead)
        {
            var day = FollowUpArrangements.Today.AddDays(days);
            foreach (var workerId in new[] { null, Worker, Colleague })
            {
                await using var db = App.NewDbContext(new ScopedTestUser(new AccessScope(Org.SpangaTenstaUnit, null, true)));
                var facts = await new DueFactsQuery(db).ReadAsync(workerId, day, CancellationToken.None);
                var actions = await new OpenReviewActionsQuery(db).ReadAsync(workerId, CancellationToken.None);
                var computed = facts.SelectMany(f => FollowUpSchedule.DueFor(f.Facts, day))
                    .Concat(FollowUpSchedule.DueFor(actions.Select(a => a.Facts), day))
                    .OrderBy(i => i.DueOn).ThenBy(i => i.ApplicantId).ThenBy(i => i.Kind).ThenBy(i => i.ActionId)
                    .ToList();
                var query = new DueListQuery(db, new OpenReviewActionsQuery(db));
                var because = $"{day:yyyy-MM-dd}, worker {workerId ?? "unit"}";

                var list = await query.ReadAsync(workerId, day, new DueListRead(null, Take: int.MaxValue, Counts: true), CancellationToken.None);
                list.Items.ShouldBe(computed, because);
                list.Counts.OrderBy(c => c.Key).ShouldBe(
                    computed.GroupBy(i => (i.Kind.GroupOf(), i.BucketOn(day))).ToDictionary(g => g.Key, g => g.Count()).OrderBy(c => c.Key), because);
                var workers = facts.ToDictionary(f => f.Facts.ApplicantId, f => f.AssignedWorkerId);
                foreach (var item in list.Items.Where(i => i.ActionId is null))
                {
                    list.WorkerIdOf(item).ShouldBe(workers[item.ApplicantId], because);
                }

                if (!paging)
                {
                    continue;
                }

                (await PageThroughAsync(query, workerId, day, null, backwards: false)).ShouldBe(computed, because);
                (await PageThroughAsync(query, workerId, day, null, backwards: true)).ShouldBe(computed, because);
                foreach (var group in Enum.GetValues<DueGroup>())
                {
                    (await PageThroughAsync(query, workerId, day, group, backwards: false)).ShouldBe(computed.Where(i => i.Kind.GroupOf() == group), because + $", {group}");
                }
            }
        }
    }

    /// <summary>The whole list read two items at a time, forwards from the start or backwards from past the end.</summary>
    private static async Task<List<DueItem>> PageThroughAsync(DueListQuery query, string? workerId, DateOnly day, DueGroup? group, bool backwards)
    {
        var read = new List<DueItem>();
        var end = new DueListCursor(DateOnly.MaxValue, Guid.Empty, DueKind.MonthlyCheck);
        DueListCursor? position = backwards ? end : null;
        while (true)
        {
            var page = await query.ReadAsync(workerId, day, new DueListRead(group, backwards ? null : position, backwards ? position : null, Take: 2), CancellationToken.None);
            if (page.Items.Count == 0)
            {
                break;
            }

            read.AddRange(page.Items);
            position = DueListCursor.Of(page.Items[^1]);
        }

        if (backwards)
        {
            read.Reverse();
        }

        return read;
    }

    private static Dictionary<string, string> Check(DateOnly month) => new()
    {
        ["Input.Month"] = FollowUpArrangements.Month(month),
        ["Input.Attendance"] = "Yes",
        ["Input.DaysAttended"] = string.Empty,
        ["Input.JobApplications"] = "6",
        ["Input.Decision"] = "Granted",
        ["Input.DecisionText"] = string.Empty,
        ["Input.Comment"] = "Söker arbete inom lager och logistik.",
        ["SaveWithoutReport"] = "true",
    };

    private static Dictionary<string, string> Talk() => new()
    {
        ["Input.Kind"] = "ThreeParty",
        ["Input.HeldOn"] = FollowUpArrangements.Iso(FollowUpArrangements.Today.AddDays(-2)),
        ["Input.ApplicantTookPart"] = "true",
        ["Input.SocialWorkerTookPart"] = "true",
        ["Input.CoachTookPart"] = "true",
        ["Input.OtherParticipants"] = string.Empty,
        ["Input.WhatCameUp"] = "Praktiken på lagret går bra; truckkortet är klart.",
        ["Input.Assessment"] = "Redo att söka fast anställning.",
        ["Input.PlanToBeRevised"] = "false",
        ["Input.NextFollowUpOn"] = FollowUpArrangements.Iso(FollowUpArrangements.Today.AddMonths(2)),
    };
}
