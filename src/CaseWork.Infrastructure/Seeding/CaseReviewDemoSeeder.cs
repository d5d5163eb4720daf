namespace CaseWork.Infrastructure.Seeding;

/// <summary>
/// Two signed case reviews in Spånga-Tensta: one seven months ago (that worker is due again) and one about two months
/// ago for the demo social worker, whose open actions show in her due list. The unit's third worker was never reviewed.
/// </summary>
public sealed class CaseReviewDemoSeeder(CaseWorkDbContext db, TimeProvider clock)
{
    public const string RecentlyReviewed = "socialsekreterare.st";
    public const string ReviewedLongAgo = "handlaggare1.st";
    public const string HeadUserName = "enhetschef.st";

    private static readonly PlanQualityRules Quality = new(new PlanQualityOptions());

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var people = await db.Users.AsNoTracking()
            .Where(u => u.UserName == RecentlyReviewed || u.UserName == ReviewedLongAgo || u.UserName == HeadUserName)
            .ToDictionaryAsync(u => u.UserName!, cancellationToken);
        if (people.Count < 3)
        {
            return;
        }

        var head = people[HeadUserName];
        await SeedReviewAsync(people[ReviewedLongAgo].Id, head.Id, head.DisplayName, today.AddMonths(-7), today, recent: false, cancellationToken);
        await SeedReviewAsync(people[RecentlyReviewed].Id, head.Id, head.DisplayName, today.AddMonths(-2).AddDays(-4), today, recent: true, cancellationToken);
    }

    private async Task SeedReviewAsync(string workerId, string headId, string headName, DateOnly reviewDate, DateOnly today, bool recent, CancellationToken cancellationToken)
    {
        var caseload = await db.Applicants.IgnoreQueryFilters().Include(a => a.AidMonths)
            .Where(a => a.AssignedWorkerId == workerId)
            .OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        if (caseload.Count == 0)
        {
            return;
        }

        var ids = caseload.Select(a => a.Id).ToList();
        var plans = await db.WorkPlans.IgnoreQueryFilters().Include(p => p.Versions)
            .Where(p => ids.Contains(p.ApplicantId) && p.Status == WorkPlanStatus.Active)
            .ToDictionaryAsync(p => p.ApplicantId, cancellationToken);
        var investigated = (await db.BasicInvestigations.IgnoreQueryFilters()
            .Where(i => ids.Contains(i.ApplicantId) && i.SignedAt != null).Select(i => i.ApplicantId).ToListAsync(cancellationToken)).ToHashSet();

        var openedAt = clock.GetUtcNow().AddDays(reviewDate.DayNumber - today.DayNumber);
        var first = caseload[0];
        var (review, entries) = CaseReview.Open(first.UnitId, first.DistrictId, workerId, headId, ids, openedAt, reviewDate);
        var owners = new HashSet<string> { workerId };
        var facts = new Dictionary<Guid, ReviewCaseFacts>();
        var needingAction = 0;
        foreach (var (entry, applicant) in entries.Zip(caseload))
        {
            var plan = plans.GetValueOrDefault(applicant.Id);
            var receivingAid = applicant.AidMonths.Any(m => m.Month >= LongTermAidRule.ReceivingAidFrom(reviewDate) && m.Month <= reviewDate && m.AidPaid);
            var signals = Quality.Evaluate(plan?.CurrentVersion?.Content, plan?.NextFollowUpOn, new PlanSituation(reviewDate, receivingAid, investigated.Contains(applicant.Id)));
            facts[applicant.Id] = new ReviewCaseFacts(LongTermAidRule.AidMonthsInWindow(applicant.AidMonths, reviewDate), plan?.CurrentVersion?.Number, signals, null, null, null, PlanPeriod.Of(plan?.CurrentVersion?.Content));
            entry.Record(review, DecisionFor(signals, needingAction, recent, workerId, reviewDate, today), owners, headId, openedAt);
            needingAction += entry.Decision == ReviewDecision.NeedsAction ? 1 : 0;
        }

        review.Complete(entries, facts, headId, headName, openedAt.AddHours(2), reviewDate);
        // Actions due more than a week ago were followed through.
        var actions = entries.SelectMany(e => e.Actions).OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToList();
        foreach (var action in actions.Where(a => a.DueOn < today.AddDays(-7)))
        {
            action.MarkDone(review, workerId, clock.GetUtcNow().AddDays(action.DueOn.DayNumber - today.DayNumber));
        }

        db.CaseReviews.Add(review);
        db.CaseReviewEntries.AddRange(entries);
        await db.SaveAndClearAsync(cancellationToken);
    }

    /// <summary>
    /// The first few cases with a warning need action, the rest are fine. Due dates follow the review by weeks; the recent
    /// review's first two are still to come or just overdue, so its worker's due list shows them.
    /// </summary>
    private static CaseDecision DecisionFor(IReadOnlyList<PlanQualitySignal> signals, int needingActionSoFar, bool recent, string workerId, DateOnly reviewDate, DateOnly today)
    {
        if (signals.Count == 0 || needingActionSoFar >= (recent ? 6 : 4))
        {
            return new CaseDecision(ReviewDecision.NoAction, signals.Count == 0 ? "Aktuell plan med delmål." : null, []);
        }

        var due = (recent, needingActionSoFar) switch
        {
            (true, 0) => today.AddDays(10),
            (true, 1) => today.AddDays(-3),
            _ => reviewDate.AddDays(21 + (7 * needingActionSoFar)),
        };
        var (comment, action) = signals[0] switch
        {
            PlanQualitySignal.NoSignedInvestigation => ("Grundutredningen är inte signerad.", "Slutför och signera grundutredningen."),
            PlanQualitySignal.NoActivePlanWhileReceivingAid => ("Bistånd utan aktiv arbetsplan.", "Upprätta en arbetsplan tillsammans med den sökande."),
            PlanQualitySignal.GenericGoal => ("Målet är för allmänt.", "Revidera målet så att det blir individuellt, med delmål och datum."),
            _ => ("Planen behöver följas upp.", "Boka uppföljning och revidera planen."),
        };
        return new CaseDecision(ReviewDecision.NeedsAction, comment, [new ReviewActionInput(null, action, workerId, due)]);
    }
}
