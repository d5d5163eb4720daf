using System.Globalization;
using CaseWork.Domain.Access;
using CaseWork.Domain.CaseReviews;
using CaseWork.Infrastructure.Identity;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.CaseReviews;

/// <summary>Arranges case reviews straight in the database, through the domain, and fills the case form.</summary>
internal static class ReviewArrangements
{
    public const string Head = "enhetschef.st";
    public const string Worker = "socialsekreterare.st";
    public const string Colleague = "handlaggare1.st";

    public static DateOnly Today => AppTime.Today;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A review of the worker's current caseload in the unit, opened <paramref name="daysAgo"/> days ago by <paramref name="head"/>.</summary>
    public static async Task<(Guid ReviewId, List<Guid> EntryIds)> OpenReviewAsync(this AppFixture app, string worker = Worker, int daysAgo = 0, string head = Head)
    {
        await using var db = app.NewDbContext();
        var workerId = await app.UserIdAsync(worker);
        var unit = await db.Users.Where(u => u.Id == workerId).Select(u => u.UnitId!.Value).SingleAsync();
        var district = await db.Units.Where(u => u.Id == unit).Select(u => u.DistrictId).SingleAsync();
        var caseload = await db.Applicants.IgnoreQueryFilters().Where(a => a.AssignedWorkerId == workerId && a.UnitId == unit).Select(a => a.Id).ToListAsync();
        var (review, entries) = CaseReview.Open(unit, district, workerId, await app.UserIdAsync(head), caseload, AppTime.UtcNow.AddDays(-daysAgo), Today.AddDays(-daysAgo));
        db.CaseReviews.Add(review);
        db.CaseReviewEntries.AddRange(entries);
        await db.SaveChangesAsync();
        return (review.Id, entries.Select(e => e.Id).ToList());
    }

    /// <summary>Any user's id, also of those the tests create after the fixture started.</summary>
    public static async Task<string> UserIdAsync(this AppFixture app, string userName)
    {
        await using var db = app.NewDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public static async Task<string> DisplayNameAsync(this AppFixture app, string userName)
    {
        await using var db = app.NewDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.DisplayName).SingleAsync();
    }

    /// <summary>Every case decided (OK, or needs action with one action owned by <paramref name="actionOwner"/>) and the review signed.</summary>
    public static async Task CompleteReviewAsync(this AppFixture app, Guid reviewId, string? actionOwner = null, int actionDueInDays = 14, string actionText = "Revidera planen med delmål och datum")
    {
        await using var db = app.NewDbContext();
        var review = await db.CaseReviews.IgnoreQueryFilters().SingleAsync(r => r.Id == reviewId);
        var entries = await db.CaseReviewEntries.IgnoreQueryFilters().Include(e => e.Actions).Where(e => e.ReviewId == reviewId).OrderBy(e => e.Id).ToListAsync();
        var owners = await db.Users.Select(u => u.Id).ToHashSetAsync();
        var signer = await db.Users.SingleAsync(u => u.Id == review.OpenedById);
        var owner = actionOwner is null ? null : await app.UserIdAsync(actionOwner);
        var now = review.OpenedAt;
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var decision = index == 0 && owner is not null
                ? new CaseDecision(ReviewDecision.NeedsAction, "Planen saknar delmål.", [new ReviewActionInput(null, actionText, owner, Today.AddDays(actionDueInDays))])
                : new CaseDecision(ReviewDecision.NoAction, null, []);
            entry.Record(review, decision, owners, signer.Id, now);
        }

        review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts>(), signer.Id, signer.DisplayName, now, review.ReviewDate);
        await db.SaveChangesAsync();
    }

    public static async Task<uint> EntryVersionAsync(this AppFixture app, Guid entryId)
    {
        await using var db = app.NewDbContext();
        return await db.CaseReviewEntries.IgnoreQueryFilters().Where(e => e.Id == entryId).Select(e => e.Version).SingleAsync();
    }

    /// <summary>A unit head of Hägersten-Liljeholmen, for refusals across units.</summary>
    public static async Task<string> OtherUnitHeadAsync(this AppFixture app)
    {
        const string userName = "enhetschef.hl";
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var user = new AppUser
            {
                UserName = userName,
                DisplayName = "Karin Holm",
                UnitId = app.Organisation.HagerstenUnit,
                DistrictId = app.Organisation.HagerstenDistrict,
                LockoutEnabled = true,
            };
            (await users.CreateAsync(user, AppFixture.Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.UnitHead);
        }

        return userName;
    }

    /// <summary>
    /// The fields of a confirmation step (<c>Shared/_ConfirmStep</c>) as its form posts them: ticked or not, with the
    /// number of cases it named, plus the step's other fields.
    /// </summary>
    public static Dictionary<string, string> Confirmed(int count, bool ticked = true, Dictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>(fields ?? [])
        {
            ["Confirm.Shown"] = "true",
            ["Confirm.Confirmed"] = ticked ? "true" : "false",
            ["Confirm.Count"] = count.ToString(CultureInfo.InvariantCulture),
        };
        return form;
    }

    /// <summary>The confirmation step with the HTML id <paramref name="id"/>, as the page shows it.</summary>
    public static string ConfirmStepOf(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, id);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    public static async Task<string> UnitNameAsync(this AppFixture app, int unitId)
    {
        await using var db = app.NewDbContext();
        return await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync();
    }

    /// <summary>The case form: a decision, a comment, and actions as (text, owner id, due date) with empty strings for what is left out.</summary>
    public static Dictionary<string, string> CaseForm(uint version, string decision, string comment = "", params (string Text, string Owner, string Due)[] actions)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Input.Decision"] = decision,
            ["Input.Comment"] = comment,
        };
        for (var i = 0; i < actions.Length; i++)
        {
            form[$"Input.Actions[{i}].Description"] = actions[i].Text;
            form[$"Input.Actions[{i}].OwnerId"] = actions[i].Owner;
            form[$"Input.Actions[{i}].DueOn"] = actions[i].Due;
        }

        return form;
    }
}
