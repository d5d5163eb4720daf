using CaseWork.Infrastructure.Access;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CaseWork.Infrastructure.Persistence;

public class CaseWorkDbContext(DbContextOptions<CaseWorkDbContext> options, ICurrentUser currentUser)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring that every app instance shares (auth cookie, antiforgery); not case data.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Signed-in sessions, held on the server (the cookie carries only the key).</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>The last authenticator step that signed each user in; an older code is refused (RFC 6238 §5.2).</summary>
    public DbSet<UsedAuthenticatorStep> UsedAuthenticatorSteps => Set<UsedAuthenticatorStep>();

    public DbSet<District> Districts => Set<District>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<WorkGroup> WorkGroups => Set<WorkGroup>();

    /// <summary>Always filtered to the current user's scope; see <see cref="OnModelCreating"/>.</summary>
    public DbSet<Applicant> Applicants => Set<Applicant>();

    public DbSet<AidMonth> AidMonths => Set<AidMonth>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditEntryArea> AuditEntryAreas => Set<AuditEntryArea>();

    public DbSet<LogCheck> LogChecks => Set<LogCheck>();

    public DbSet<NoteObjection> NoteObjections => Set<NoteObjection>();

    /// <summary>Filtered through the applicant they belong to.</summary>
    public DbSet<WorkPlan> WorkPlans => Set<WorkPlan>();

    public DbSet<WorkPlanVersion> WorkPlanVersions => Set<WorkPlanVersion>();

    /// <summary>Filtered through the applicant they belong to.</summary>
    public DbSet<BasicInvestigation> BasicInvestigations => Set<BasicInvestigation>();

    /// <summary>Filtered through the applicant they belong to.</summary>
    public DbSet<JournalNote> JournalNotes => Set<JournalNote>();

    /// <summary>Filtered through the applicant they belong to.</summary>
    public DbSet<MonthlyCheck> MonthlyChecks => Set<MonthlyCheck>();

    /// <summary>Filtered through the applicant they belong to.</summary>
    public DbSet<FollowUpTalk> FollowUpTalks => Set<FollowUpTalk>();

    /// <summary>Seen by the referring unit (through the applicant) and by the coaches of the receiving Jobbtorg.</summary>
    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<AttendanceReport> AttendanceReports => Set<AttendanceReport>();

    public DbSet<ReferralIntervention> ReferralInterventions => Set<ReferralIntervention>();

    public DbSet<InterventionType> InterventionTypes => Set<InterventionType>();

    public DbSet<JobCentre> JobCentres => Set<JobCentre>();

    public DbSet<ResursPlaces> ResursPlaces => Set<ResursPlaces>();

    /// <summary>Positions only (no case data), so the view needs no filter.</summary>
    public DbSet<Referrals.ResursQueuePosition> ResursQueuePositions => Set<Referrals.ResursQueuePosition>();

    /// <summary>Summary counts for the dashboards (no personal data); the dashboard query applies the reader's scope.</summary>
    public DbSet<Indicators.AidMonthSummary> AidMonthSummaries => Set<Indicators.AidMonthSummary>();

    public DbSet<Indicators.ReferralMonthSummary> ReferralMonthSummaries => Set<Indicators.ReferralMonthSummary>();

    public DbSet<Indicators.InterventionMonthSummary> InterventionMonthSummaries => Set<Indicators.InterventionMonthSummary>();

    public DbSet<Indicators.SummaryRefresh> SummaryRefreshes => Set<Indicators.SummaryRefresh>();

    /// <summary>Per applicant on aid, as the last refresh counted them (ids and month masks, no personal data).</summary>
    public DbSet<Indicators.AidFact> AidFacts => Set<Indicators.AidFact>();

    public DbSet<Indicators.ReferralFact> ReferralFacts => Set<Indicators.ReferralFact>();

    public DbSet<Indicators.InterventionFact> InterventionFacts => Set<Indicators.InterventionFact>();

    /// <summary>Changes written by triggers, taken by the next refresh.</summary>
    public DbSet<Indicators.IndicatorChange> IndicatorChanges => Set<Indicators.IndicatorChange>();
    /// <summary>The administrator's yearly targets per district; organisation data, not filtered.</summary>
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();

    /// <summary>Adult population per district and year, for indicator 1; not filtered.</summary>
    public DbSet<DistrictPopulation> DistrictPopulations => Set<DistrictPopulation>();
    /// <summary>Filtered to the scope like applicants: the unit's reviews, or the district's for a manager.</summary>
    public DbSet<CaseReview> CaseReviews => Set<CaseReview>();

    /// <summary>Filtered through their review.</summary>
    public DbSet<CaseReviewEntry> CaseReviewEntries => Set<CaseReviewEntry>();

    /// <summary>Filtered through their review.</summary>
    public DbSet<ReviewAction> ReviewActions => Set<ReviewAction>();

    /// <summary>The retention job's log: counts only, no one named.</summary>
    public DbSet<Retention.RetentionRun> RetentionRuns => Set<Retention.RetentionRun>();

    /// <summary>Keys of forms already saved (see <see cref="Submission"/>).</summary>
    public DbSet<Submissions.FormSubmission> FormSubmissions => Set<Submissions.FormSubmission>();

    /// <summary>The due list's items, kept by the database as the facts change (ADR 0019); scoped as the applicants are.</summary>
    public DbSet<Due.DueEntry> DueEntries => Set<Due.DueEntry>();

    /// <summary>Filtered to the user's unit: its unit phrases and the user's own.</summary>
    public DbSet<Phrase> Phrases => Set<Phrase>();

    /// <summary>
    /// The name of the filters of the case records that hang off an applicant (plans and their versions, investigations,
    /// journal notes, objections, monthly checks, follow-up talks): each is the applicant's filter again, as an
    /// <c>EXISTS</c>. A read that reaches them only by the id of an applicant it read through <see cref="Applicants"/>
    /// (the scope applied there) may leave these out with <c>IgnoreQueryFilters([ThroughApplicantFilter])</c>; the
    /// applicant's own filter, and every other, still applies.
    /// </summary>
    public const string ThroughApplicantFilter = "ThroughApplicant";

    public ICurrentUser CurrentUser => currentUser;

    /// <summary>The form the current request saves, when it carries a key: its first save of case data records the key.</summary>
    public Submissions.PendingSubmission? Submission { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Submission?.AttachTo(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Submission?.AttachTo(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // EF Core evaluates these per query, so one model serves every user (see docs/decisions/0003-scoping.md).
    private int? ScopeUnitId => currentUser.Scope.UnitId;

    private int? ScopeDistrictId => currentUser.Scope.DistrictId;

    private int? ScopeJobCentreId => currentUser.Scope.JobCentreId;

    private string? ScopeUserId => currentUser.UserId;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreEnumsByName();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.HasPostgresExtension("unaccent");
        SearchFold.Map(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseWorkDbContext).Assembly);
        builder.ApplyModelConventions();

        builder.Entity<Applicant>().HasQueryFilter(a =>
            (ScopeUnitId != null && a.UnitId == ScopeUnitId)
            || (ScopeUnitId == null && ScopeDistrictId != null && a.DistrictId == ScopeDistrictId));

        // The due items carry their case's unit and district, so that the list reads them without the applicants.
        builder.Entity<Due.DueEntry>().HasQueryFilter(e =>
            (ScopeUnitId != null && e.UnitId == ScopeUnitId)
            || (ScopeUnitId == null && ScopeDistrictId != null && e.DistrictId == ScopeDistrictId));

        // Case records that hang off an applicant are visible exactly when the applicant is.
        builder.Entity<WorkPlan>().HasQueryFilter(ThroughApplicantFilter, p => Applicants.Any(a => a.Id == p.ApplicantId));
        builder.Entity<WorkPlanVersion>().HasQueryFilter(ThroughApplicantFilter, v => WorkPlans.Any(p => p.Id == v.WorkPlanId));
        builder.Entity<BasicInvestigation>().HasQueryFilter(ThroughApplicantFilter, i => Applicants.Any(a => a.Id == i.ApplicantId));
        builder.Entity<JournalNote>().HasQueryFilter(ThroughApplicantFilter, n => Applicants.Any(a => a.Id == n.ApplicantId));
        builder.Entity<NoteObjection>().HasQueryFilter(ThroughApplicantFilter, o => Applicants.Any(a => a.Id == o.ApplicantId));
        builder.Entity<MonthlyCheck>().HasQueryFilter(ThroughApplicantFilter, c => Applicants.Any(a => a.Id == c.ApplicantId));
        builder.Entity<FollowUpTalk>().HasQueryFilter(ThroughApplicantFilter, t => Applicants.Any(a => a.Id == t.ApplicantId));

        // A coach reaches a referral through their Jobbtorg, never through the applicant's case file.
        builder.Entity<Referral>().HasQueryFilter(r =>
            Applicants.Any(a => a.Id == r.ApplicantId) || (ScopeJobCentreId != null && r.JobCentreId == ScopeJobCentreId));
        builder.Entity<AttendanceReport>().HasQueryFilter(a => Referrals.Any(r => r.Id == a.ReferralId));
        builder.Entity<ReferralIntervention>().HasQueryFilter(i => Referrals.Any(r => r.Id == i.ReferralId));

        // A review belongs to its unit, as the caseload it reviews does; which reviews a role may open is the pages' part.
        builder.Entity<CaseReview>().HasQueryFilter(r =>
            (ScopeUnitId != null && r.UnitId == ScopeUnitId)
            || (ScopeUnitId == null && ScopeDistrictId != null && r.DistrictId == ScopeDistrictId));
        builder.Entity<CaseReviewEntry>().HasQueryFilter(e => CaseReviews.Any(r => r.Id == e.ReviewId));
        builder.Entity<ReviewAction>().HasQueryFilter(a => CaseReviews.Any(r => r.Id == a.ReviewId));

        // A worker sees their unit's phrases and their own, never a colleague's own ones.
        builder.Entity<Phrase>().HasQueryFilter(p =>
            ScopeUnitId != null && p.UnitId == ScopeUnitId && (p.OwnerId == null || p.OwnerId == ScopeUserId));
    }
}
