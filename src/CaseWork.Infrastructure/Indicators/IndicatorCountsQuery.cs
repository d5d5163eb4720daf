using System.Linq.Expressions;

namespace CaseWork.Infrastructure.Indicators;

/// <summary>A unit or a whole district: what a dashboard adds up.</summary>
public sealed record IndicatorArea(int DistrictId, int? UnitId = null);

/// <summary>The monthly counts of one area, read from the summary tables.</summary>
public sealed record AreaCounts(
    IReadOnlyDictionary<DateOnly, AidCounts> Aid,
    IReadOnlyDictionary<(DateOnly Month, AidReason Reason), AidCounts> AidByReason,
    IReadOnlyDictionary<DateOnly, ReferralCounts> Referrals,
    IReadOnlyDictionary<int, IReadOnlyDictionary<DateOnly, InterventionCounts>> InterventionsByType);

/// <summary>The monthly totals of one district, for putting districts side by side.</summary>
public sealed record DistrictCounts(IReadOnlyDictionary<DateOnly, AidCounts> Aid, IReadOnlyDictionary<DateOnly, ReferralCounts> Referrals);

/// <summary>
/// Reads an area's counts for a range of months in three small queries against the summary tables. The caller
/// decides which areas a user may read (see the dashboard pages); nothing here is case data.
/// </summary>
public sealed class IndicatorCountsQuery(CaseWorkDbContext db)
{
    public async Task<AreaCounts> ReadAsync(IndicatorArea area, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var aidRows = await SumAid(
                db.AidMonthSummaries.Where(s => s.DistrictId == area.DistrictId && (area.UnitId == null || s.UnitId == area.UnitId) && s.Month >= from && s.Month <= to),
                s => new { s.Month, s.Reason })
            .ToListAsync(cancellationToken);

        var referralRows = await SumReferrals(
                db.ReferralMonthSummaries.Where(s => s.DistrictId == area.DistrictId && (area.UnitId == null || s.UnitId == area.UnitId) && s.Month >= from && s.Month <= to),
                s => s.Month)
            .ToListAsync(cancellationToken);

        var interventionRows = await db.InterventionMonthSummaries.AsNoTracking()
            .Where(s => s.DistrictId == area.DistrictId && (area.UnitId == null || s.UnitId == area.UnitId) && s.Month >= from && s.Month <= to)
            .GroupBy(s => new { s.Month, s.InterventionTypeId })
            .Select(g => new
            {
                g.Key.Month,
                g.Key.InterventionTypeId,
                Counts = new InterventionCounts(g.Sum(s => (long)s.Started), g.Sum(s => (long)s.WorkOrStudies6), g.Sum(s => (long)s.WorkOrStudies12)),
            })
            .ToListAsync(cancellationToken);

        return Collect(
            aidRows.Select(r => (r.Key.Month, r.Key.Reason, r.Counts)),
            referralRows.Select(r => (r.Key, r.Counts)),
            interventionRows.Select(r => (r.Month, r.InterventionTypeId, r.Counts)));
    }

    /// <summary>An area's counts from its summed rows: the month totals, the months by reason, the interventions by type.</summary>
    internal static AreaCounts Collect(
        IEnumerable<(DateOnly Month, AidReason Reason, AidCounts Counts)> aid,
        IEnumerable<(DateOnly Month, ReferralCounts Counts)> referrals,
        IEnumerable<(DateOnly Month, int InterventionTypeId, InterventionCounts Counts)> interventions)
    {
        var aidRows = aid.ToList();
        return new AreaCounts(
            aidRows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Aggregate(AidCounts.Zero, (sum, r) => sum + r.Counts)),
            aidRows.ToDictionary(r => (r.Month, r.Reason), r => r.Counts),
            referrals.ToDictionary(r => r.Month, r => r.Counts),
            interventions.GroupBy(r => r.InterventionTypeId).ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<DateOnly, InterventionCounts>)g.ToDictionary(r => r.Month, r => r.Counts)));
    }

    /// <summary>Several districts' monthly totals in two queries, however many districts are asked for.</summary>
    public async Task<IReadOnlyDictionary<int, DistrictCounts>> ReadDistrictsAsync(
        IReadOnlyCollection<int> districtIds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(districtIds);
        var aidRows = await SumAid(
                db.AidMonthSummaries.Where(s => districtIds.Contains(s.DistrictId) && s.Month >= from && s.Month <= to),
                s => new { s.DistrictId, s.Month })
            .ToListAsync(cancellationToken);

        var referralRows = await SumReferrals(
                db.ReferralMonthSummaries.Where(s => districtIds.Contains(s.DistrictId) && s.Month >= from && s.Month <= to),
                s => new { s.DistrictId, s.Month })
            .ToListAsync(cancellationToken);

        var aid = aidRows.ToLookup(r => r.Key.DistrictId);
        var referrals = referralRows.ToLookup(r => r.Key.DistrictId);
        return districtIds.Distinct().ToDictionary(
            id => id,
            id => new DistrictCounts(aid[id].ToDictionary(r => r.Key.Month, r => r.Counts), referrals[id].ToDictionary(r => r.Key.Month, r => r.Counts)));
    }

    /// <summary>The aid counts of the rows, summed per <paramref name="key"/>: one definition for every grouping the pages need.</summary>
    private static IQueryable<Summed<TKey, AidCounts>> SumAid<TKey>(IQueryable<AidMonthSummary> rows, Expression<Func<AidMonthSummary, TKey>> key) =>
        rows.AsNoTracking().GroupBy(key).Select(g => new Summed<TKey, AidCounts>(
            g.Key,
            new AidCounts(
                g.Sum(s => (long)s.HouseholdsPaid), g.Sum(s => (long)s.AdultsPaid), g.Sum(s => (long)s.HouseholdsAid12),
                g.Sum(s => (long)s.AdultsAid12), g.Sum(s => (long)s.HouseholdsLongTerm12), g.Sum(s => (long)s.AdultsLongTerm12),
                g.Sum(s => (long)s.HouseholdsCheckOnTime), g.Sum(s => (long)s.HouseholdsCurrentPlan))));

    /// <summary>The referral counts of the rows, summed per <paramref name="key"/>.</summary>
    private static IQueryable<Summed<TKey, ReferralCounts>> SumReferrals<TKey>(IQueryable<ReferralMonthSummary> rows, Expression<Func<ReferralMonthSummary, TKey>> key) =>
        rows.AsNoTracking().GroupBy(key).Select(g => new Summed<TKey, ReferralCounts>(
            g.Key,
            new ReferralCounts(
                g.Sum(s => (long)s.Enrolled), g.Sum(s => (long)s.EnrolledSentBack12), g.Sum(s => (long)s.EnrolledWorkOrStudies12),
                g.Sum(s => (long)s.JobPlansDue), g.Sum(s => (long)s.JobPlansOnTime), g.Sum(s => (long)s.ClosedLongTermToWork),
                g.Sum(s => s.ClosedLongTermToWorkDays), g.Sum(s => (long)s.ResursHeld), g.Sum(s => (long)s.ResursQueued))));

    private sealed record Summed<TKey, TCounts>(TKey Key, TCounts Counts);
}
