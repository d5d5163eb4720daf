namespace CaseWork.Web.Pages.Referrals;

/// <summary>Reads for the referral pages, always through the scoped context and the applicant in the route.</summary>
public static class ReferralQuery
{
    /// <summary>The referral list's page size.</summary>
    public const int ListPageSize = 50;

    public static Task<ReferralView?> ViewAsync(CaseWorkDbContext db, Guid applicantId, Guid referralId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Referrals.AsNoTracking()
            .Where(r => r.Id == referralId && r.ApplicantId == applicantId)
            .SelectWithMilestones(r => r, r => new ReferralView
            {
                Id = r.Id,
                ApplicantName = db.Applicants.Where(a => a.Id == r.ApplicantId).Select(ApplicantDisplayName.Display).Single(),
                JobCentre = db.JobCentres.Where(c => c.Id == r.JobCentreId).Select(c => c.Name).Single(),
                DistrictId = r.DistrictId,
                ReferredBy = db.Users.Where(u => u.Id == r.ReferredById).Select(u => u.DisplayName).FirstOrDefault(),
                Reason = r.Reason,
                WorkCapacityPercent = r.WorkCapacityPercent,
                Languages = r.Languages,
                PlanExpectations = r.PlanExpectations,
                JobPlanContent = r.JobPlanContent,
                DeeperJobPlanContent = r.DeeperJobPlanContent,
                ConsentGiven = r.Consent.Given,
                ConsentRecordedOn = r.Consent.RecordedOn,
                ConsentScope = r.Consent.Scope,
                ClosureReason = r.ClosureReason,
                ClosureNote = r.ClosureNote,
                PlaceGrantedFromQueue = r.PlaceGrantedFromQueue,
                PlaceNoticeAcknowledged = r.PlaceNoticeAcknowledgedAt != null,
                QueuePosition = db.ResursQueuePositions.Where(q => q.ReferralId == r.Id).Select(q => (int?)q.Position).FirstOrDefault(),
                Version = r.Version,
                Interventions = r.Interventions.OrderBy(i => i.StartOn)
                    .Select(i => new ReferralView.InterventionRow(
                        db.InterventionTypes.Where(t => t.Id == i.InterventionTypeId).Select(t => t.Name).Single(),
                        db.InterventionTypes.Where(t => t.Id == i.InterventionTypeId).Select(t => t.Category).Single(),
                        i.StartOn,
                        i.EndOn,
                        i.Outcome,
                        i.OutcomeNote))
                    .ToList(),
                Attendance = r.Attendance.OrderByDescending(a => a.Month)
                    .Select(a => new ReferralView.AttendanceRow(a.Month, a.DaysAttended, a.DaysExpected))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// A page of the referral list in the scope (the unit's; a manager's: the district's), newest first, keyset-paged by
    /// (sent date, id) from <see cref="ReferralListRead.After"/> or back from <see cref="ReferralListRead.Before"/>.
    /// </summary>
    public static async Task<KeysetPage<ListedReferral>> ListPageAsync(CaseWorkDbContext db, ReferralListRead read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(read);
        var query = db.Referrals.AsNoTracking();
        if (read.Status is { } status && Enum.IsDefined(status))
        {
            query = query.WithStatus(status);
        }

        if (read.Program is { } program)
        {
            query = query.Where(r => r.Program == program);
        }

        if (read.Late)
        {
            query = query.WithJobPlanLate(read.Today);
        }

        var position = KeysetPosition.Read(read.After, read.Before, ReferralListCursor.Decode);
        if (position.After is { } after)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.SentOn, r.Id), ValueTuple.Create(after.SentOn, after.Id)));
        }
        else if (position.Before is { } before)
        {
            query = query.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.SentOn, r.Id), ValueTuple.Create(before.SentOn, before.Id)));
        }

        // The page's ids first, from (applicant, sent date, id) alone: an index-only probe per applicant of the scope,
        // where reading whole rows made the planner scan every referral of the register for a district. Then the rows.
        var page = (!position.MovingBack
                ? query.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id)
                : query.OrderBy(r => r.SentOn).ThenBy(r => r.Id))
            .Take(ListPageSize + 1)
            .Select(r => r.Id);
        var rows = db.Referrals.AsNoTracking().Where(r => page.Contains(r.Id));
        var ordered = !position.MovingBack
            ? rows.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id)
            : rows.OrderBy(r => r.SentOn).ThenBy(r => r.Id);
        var listed = await ApplicantReferralsQuery.Listed(db, ordered).ToListAsync(cancellationToken);
        return KeysetPage.Of(
            listed, ListPageSize, position, r => new ReferralListCursor(r.Referral.SentOn, r.Id).Encode());
    }
}

/// <summary>What the referral list shows: the filters as the page binds them, and the cursor it came with.</summary>
public sealed record ReferralListRead(ReferralStatus? Status, ReferralProgram? Program, bool Late, DateOnly Today, string? After, string? Before);
