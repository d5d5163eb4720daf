namespace CaseWork.Web.Cases;

/// <summary>The reads every case page shares: the applicant's name, and the facts a case is judged by.</summary>
public static class CaseQuery
{
    public static Task<string> ApplicantNameAsync(this CaseWorkDbContext db, Guid applicantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Applicants.Where(a => a.Id == applicantId).Select(ApplicantDisplayName.Display).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// The facts of each of <paramref name="applicants"/>, one row each, as correlated subqueries: meant for a page of
    /// rows keyed by their ids, not for a whole caseload. A caller may compose more columns onto it in the same query.
    /// The scope is applied once, on the applicants (their query filter); the plans, versions and investigations are
    /// read by the applicant's id without repeating it in each subquery (<see cref="CaseWorkDbContext.ThroughApplicantFilter"/>),
    /// as hand-written SQL would read them (issue 17).
    /// </summary>
    public static IQueryable<ApplicantCaseFacts> CaseFacts(this CaseWorkDbContext db, IQueryable<Applicant> applicants, DateOnly today) =>
        db.WithCaseFacts(applicants, today).Select(c => c.Facts);

    /// <summary>
    /// Each of <paramref name="applicants"/> with its facts (<see cref="CaseFacts"/>'s rules, stated here once), for a
    /// caller that projects columns of the applicant and the facts it needs into one query: the register reads its page
    /// and the page's facts in one statement (issue 17). Composed over a page (<c>Take</c>), the facts are computed for
    /// the page's rows only.
    /// </summary>
    public static IQueryable<ApplicantWithCaseFacts> WithCaseFacts(this CaseWorkDbContext db, IQueryable<Applicant> applicants, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(applicants);
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var paid = LongTermAidRule.PaidBetween(from, to);
        var recent = LongTermAidRule.PaidBetween(LongTermAidRule.ReceivingAidFrom(today), to);
        return applicants.IgnoreQueryFilters([CaseWorkDbContext.ThroughApplicantFilter]).Select(a => new ApplicantWithCaseFacts
        {
            Applicant = a,
            Facts = new ApplicantCaseFacts
            {
                Id = a.Id,
                AidMonthsInWindow = a.AidMonths.AsQueryable().Count(paid),
                ReceivingAid = a.AidMonths.AsQueryable().Any(recent),
                ActivePlanContent = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                    .SelectMany(p => p.Versions).OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefault(),
                ActivePlanVersion = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                    .SelectMany(p => p.Versions).Max(v => (int?)v.Number),
                NextFollowUpOn = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                    .Select(p => p.NextFollowUpOn).FirstOrDefault(),
                HasSignedInvestigation = db.BasicInvestigations.Any(i => i.ApplicantId == a.Id && i.SignedAt != null),
            },
        });
    }
}

/// <summary>An applicant and the facts its case is judged by, as one row of <see cref="CaseQuery.WithCaseFacts"/>.</summary>
public sealed record ApplicantWithCaseFacts
{
    public required Applicant Applicant { get; init; }

    public required ApplicantCaseFacts Facts { get; init; }
}

/// <summary>
/// What a case is judged by, on the case page, in the register and in a case review: aid paid in the long-term
/// window, whether aid is paid this month or last, the active plan's newest version, and a signed investigation.
/// </summary>
public sealed record ApplicantCaseFacts
{
    public Guid Id { get; init; }

    public int AidMonthsInWindow { get; init; }

    public bool ReceivingAid { get; init; }

    public PlanContent? ActivePlanContent { get; init; }

    public int? ActivePlanVersion { get; init; }

    public DateOnly? NextFollowUpOn { get; init; }

    public bool HasSignedInvestigation { get; init; }

    public bool IsLongTerm => AidMonthsInWindow >= LongTermAidRule.ThresholdMonths;

    public IReadOnlyList<PlanQualitySignal> Signals(PlanQualityRules quality, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(quality);
        return quality.Evaluate(ActivePlanContent, NextFollowUpOn, new PlanSituation(today, ReceivingAid, HasSignedInvestigation));
    }
}
