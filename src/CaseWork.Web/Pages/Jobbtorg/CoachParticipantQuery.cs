using CaseWork.Web.Pages.Referrals;

namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>
/// The only reads of applicant data for a Jobbtorg coach. The applicant query filter hides every case file from
/// coaches (they see no cases), so these queries start from the referrals of the coach's own Jobbtorg and step past
/// the filter deliberately, for the few fields the referral and the applicant's consent allow (<see cref="CoachSees"/>).
/// Nothing else may call IgnoreQueryFilters on a coach's behalf.
/// </summary>
public sealed class CoachParticipantQuery(CaseWorkDbContext db)
{
    /// <summary>
    /// The referrals of the coach's Jobbtorg that pass the list's filter, with the participant's name; none for anyone
    /// who is not a coach. <paramref name="search"/> finds a participant by name or personnummer as the applicant
    /// list does (<see cref="Applicants.ApplicantSearch"/>), among the coach's own referrals only.
    /// </summary>
    public IQueryable<CoachParticipantRow> Participants(ParticipantFilter? status, bool jobPlanLate, string? search, DateOnly today)
    {
        return (from r in ParticipantFilters.Apply(OwnReferrals(), status, jobPlanLate, today)
                // Name only: the coach sees no case file, but must know whom the referral is about.
                join a in Applicants.ApplicantSearch.Apply(db.Applicants.IgnoreQueryFilters(), search, today) on r.ApplicantId equals a.Id
                select new { Referral = r, a.FirstName, a.LastName })
            .SelectWithMilestones(p => p.Referral, p => new CoachParticipantRow { ReferralId = p.Referral.Id, FirstName = p.FirstName, LastName = p.LastName });
    }

    /// <summary>
    /// A page of <see cref="Participants"/>, open before closed and newest referral first, keyset-paged from
    /// <paramref name="after"/> (a <see cref="ParticipantListCursor"/>). Every filter lists either open referrals or
    /// closed ones, never both, so within a list the order is (sent date, id) alone: the read walks the Jobbtorg's
    /// index on (Jobbtorg, sent date, id) backwards and stops after a page. A cursor from the other kind of list reads
    /// what the full order would put after it: nothing after a closed one on an open list, everything after an open one
    /// on the closed list.
    /// </summary>
    public async Task<KeysetPage<CoachParticipantRow>> PageAsync(
        ParticipantFilter? status, bool jobPlanLate, string? search, DateOnly today, string? after, int pageSize, CancellationToken cancellationToken)
    {
        var query = Participants(status, jobPlanLate, search, today);
        if (ParticipantListCursor.Decode(after) is { } cursor)
        {
            var listsClosed = status == ParticipantFilter.Closed && !jobPlanLate;
            query = cursor.Closed == listsClosed
                ? query.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.SentOn, p.ReferralId), ValueTuple.Create(cursor.SentOn, cursor.Id)))
                : cursor.Closed ? query.Where(p => false) : query;
        }

        var rows = await query
            .OrderByDescending(p => p.SentOn).ThenByDescending(p => p.ReferralId)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        return KeysetPage.Of(
            rows, pageSize, movingBack: false, cameForward: false, p => new ParticipantListCursor(p.ClosedOn is not null, p.SentOn, p.ReferralId).Encode());
    }

    /// <summary>One participant of the coach's Jobbtorg: the referral, name and contact, and what consent opens; null when not theirs.</summary>
    public async Task<CoachParticipant?> FindAsync(Guid referralId, CancellationToken cancellationToken)
    {
        var found = await (
                from r in OwnReferrals()
                where r.Id == referralId
                // Name and contact only, for the referral the coach works with.
                join a in db.Applicants.IgnoreQueryFilters() on r.ApplicantId equals a.Id
                select new
                {
                    Referral = r,
                    a.FirstName,
                    a.LastName,
                    a.HasProtectedIdentity,
                    a.Phone,
                    a.Email,
                    a.StreetAddress,
                    a.PostalCode,
                    a.City,
                    JobCentre = db.JobCentres.Where(c => c.Id == r.JobCentreId).Select(c => c.Name).First(),
                    District = db.Districts.Where(d => d.Id == r.DistrictId).Select(d => d.Name).First(),
                    Attendance = r.Attendance.OrderByDescending(m => m.Month)
                        .Select(m => new CoachAttendance(m.Month, m.DaysExpected, m.DaysAttended)).ToList(),
                    Interventions = r.Interventions.OrderByDescending(i => i.StartOn)
                        .Select(i => new CoachIntervention(
                            i.Id, db.InterventionTypes.Where(t => t.Id == i.InterventionTypeId).Select(t => t.Name).First(),
                            i.StartOn, i.EndOn, i.Outcome, i.OutcomeNote))
                        .ToList(),
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var referral = found.Referral;
        var contact = CoachSees.Contact(found.HasProtectedIdentity, referral.ClosedOn)
            ? new CoachContact(found.Phone, found.Email, found.StreetAddress, found.PostalCode, found.City)
            : null;
        return new CoachParticipant(
            referral,
            found.FirstName,
            found.LastName,
            found.HasProtectedIdentity,
            contact,
            found.JobCentre,
            found.District,
            // The referral's own record, and nothing of it dated after the closure.
            found.Attendance.Where(m => CoachSees.Dated(m.Month, referral.ClosedOn)).ToList(),
            found.Interventions.Where(i => CoachSees.Dated(i.StartOn, referral.ClosedOn)).ToList(),
            CoachSees.WorkPlan(referral.Consent, referral.ClosedOn) ? await ActivePlanAsync(referral.ApplicantId, cancellationToken) : null,
            CoachSees.Investigation(referral.Consent, referral.ClosedOn) ? await SignedInvestigationAsync(referral.ApplicantId, cancellationToken) : null);
    }

    /// <summary>Whom the journal is about and whether the coach may open it; null when the referral is not theirs.</summary>
    public async Task<CoachJournalAccess?> JournalAccessAsync(Guid referralId, CancellationToken cancellationToken)
    {
        var found = await (
                from r in OwnReferrals()
                where r.Id == referralId
                // Name only, to head the page.
                join a in db.Applicants.IgnoreQueryFilters() on r.ApplicantId equals a.Id
                select new { r.ApplicantId, a.FirstName, a.LastName, r.Consent, r.ClosedOn })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new CoachJournalAccess(found.ApplicantId, ApplicantDisplayName.Of(found.FirstName, found.LastName), CoachSees.Journal(found.Consent, found.ClosedOn));
    }

    /// <summary>The applicant's signed notes. Call only after <see cref="JournalAccessAsync"/> allowed the journal.</summary>
    public IQueryable<JournalNote> ConsentedJournal(CoachJournalAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.Allowed)
        {
            throw new InvalidOperationException("The consent does not cover the journal.");
        }

        return db.JournalNotes.IgnoreQueryFilters().Where(n => n.ApplicantId == access.ApplicantId && n.SignedAt != null);
    }

    /// <summary>The referrals of the coach's own Jobbtorg: every read here starts from them. None for anyone who is not a coach.</summary>
    private IQueryable<Referral> OwnReferrals()
    {
        var jobCentreId = db.CurrentUser.Scope.JobCentreId;
        return db.Referrals.AsNoTracking().Where(r => jobCentreId != null && r.JobCentreId == jobCentreId);
    }

    // Reached only after CoachSees allowed it for this referral's consent.
    private Task<PlanContent?> ActivePlanAsync(Guid applicantId, CancellationToken cancellationToken) =>
        db.WorkPlans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ApplicantId == applicantId && p.Status == WorkPlanStatus.Active)
            .Select(p => p.Versions.OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefault())
            .FirstOrDefaultAsync(cancellationToken);

    // Reached only after CoachSees allowed it for this referral's consent.
    private async Task<CoachInvestigation?> SignedInvestigationAsync(Guid applicantId, CancellationToken cancellationToken) =>
        await db.BasicInvestigations.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.ApplicantId == applicantId && i.SignedAt != null)
            .OrderByDescending(i => i.SignedAt)
            .Select(i => new CoachInvestigation(i.SignedAt!.Value, i.Sections))
            .FirstOrDefaultAsync(cancellationToken);
}

/// <summary>A line of the coach's participant list; a plain shape so that the list can filter and sort on it in SQL.</summary>
public sealed class CoachParticipantRow : ReferralMilestones
{
    public Guid ReferralId { get; init; }

    public string FirstName { get; init; } = string.Empty;

    public string LastName { get; init; } = string.Empty;

    public ReferralDeadline? NextDeadline => ClosedOn is null ? ReferralDeadline.Next(FirstVisitOn, JobPlanOn, DeeperJobPlanOn, JointFollowUpOn) : null;
}

public sealed record CoachParticipant(
    Referral Referral,
    string FirstName,
    string LastName,
    bool HasProtectedIdentity,
    CoachContact? Contact,
    string JobCentre,
    string District,
    IReadOnlyList<CoachAttendance> Attendance,
    IReadOnlyList<CoachIntervention> Interventions,
    PlanContent? WorkPlan,
    CoachInvestigation? Investigation);

public sealed record CoachContact(string? Phone, string? Email, string? StreetAddress, string? PostalCode, string? City);

public sealed record CoachAttendance(DateOnly Month, int DaysExpected, int DaysAttended);

public sealed record CoachIntervention(Guid Id, string Type, DateOnly StartOn, DateOnly? EndOn, InterventionOutcome? Outcome, string? Note);

public sealed record CoachInvestigation(DateTimeOffset SignedAt, InvestigationSections Sections);

public sealed record CoachJournalAccess(Guid ApplicantId, string Name, bool Allowed);
