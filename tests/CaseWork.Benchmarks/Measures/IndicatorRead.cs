using System.Globalization;
using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Indicators;
using CaseWork.Infrastructure.Indicators;
using CaseWork.Web.Pages.Indicators;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>The manager's dashboard of the bench unit's district for the current tertial, from the summary tables.</summary>
public sealed class IndicatorRead : Measure
{
    private IndicatorArea _area = null!;
    private ReportingPeriod _period = null!;

    public override string Name => "Indicator read";

    public override string Description =>
        "/Indicators for the district of the bench unit, current tertial: IndicatorReportQuery's reads of the three summary tables, " +
        "targets, populations, intervention names, Resurs places, the district's name and the last refresh, and the figures computed from them.";

    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var command = context.DataSource.CreateCommand("SELECT district_id FROM units WHERE id = $1");
        command.Parameters.AddWithValue(context.UnitId);
        _area = new IndicatorArea((int)(await command.ExecuteScalarAsync(cancellationToken))!);
        _period = ReportingPeriod.Containing(PeriodKind.Tertial, context.Today);
    }

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var report = await new IndicatorReportQuery(db).BuildAsync(_area, _period, context.Today, cancellationToken);
        return report.Rows.Select(r => r.Figure).ToList();
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        var last = _period.LastMonthReached(context.Today)!.Value;
        var from = last.AddMonths(-(IndicatorSummaryRefresher.MonthsKept - 1));
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = context.Batch(connection);
        batch.Add("""
            SELECT month, reason, sum(households_paid), sum(adults_paid), sum(households_aid12), sum(adults_aid12), sum(households_long_term12),
                   sum(adults_long_term12), sum(households_check_on_time), sum(households_current_plan)
            FROM indicator_aid_months WHERE district_id = $1 AND month BETWEEN $2 AND $3 GROUP BY month, reason
            """, _area.DistrictId, from, last);
        batch.Add("""
            SELECT month, sum(enrolled), sum(enrolled_sent_back12), sum(enrolled_work_or_studies12), sum(job_plans_due), sum(job_plans_on_time),
                   sum(closed_long_term_to_work), sum(closed_long_term_to_work_days), sum(resurs_held), sum(resurs_queued)
            FROM indicator_referral_months WHERE district_id = $1 AND month BETWEEN $2 AND $3 GROUP BY month
            """, _area.DistrictId, from, last);
        batch.Add("""
            SELECT month, intervention_type_id, sum(started), sum(work_or_studies6), sum(work_or_studies12)
            FROM indicator_intervention_months WHERE district_id = $1 AND month BETWEEN $2 AND $3 GROUP BY month, intervention_type_id
            """, _area.DistrictId, from, last);
        batch.Add("SELECT year, measure, value FROM indicator_targets WHERE district_id = $1 AND year BETWEEN $2 AND $3", _area.DistrictId, from.Year, last.Year);
        batch.Add("SELECT year, adults FROM district_populations WHERE district_id = $1 AND year BETWEEN $2 AND $3", _area.DistrictId, from.Year, last.Year);
        batch.Add("SELECT id, name FROM intervention_types ORDER BY name");
        batch.Add("SELECT places FROM resurs_places WHERE district_id = $1", _area.DistrictId);
        batch.Add("SELECT name FROM districts WHERE id = $1", _area.DistrictId);
        batch.Add("SELECT finished_at FROM indicator_refreshes ORDER BY finished_at DESC LIMIT 1");

        var aid = new Dictionary<DateOnly, AidCounts>();
        var referrals = new Dictionary<DateOnly, ReferralCounts>();
        var targets = new Dictionary<(int, IndicatorMeasure), decimal>();
        var populations = new Dictionary<int, long>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var month = reader.GetFieldValue<DateOnly>(0);
            var counts = new AidCounts(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6),
                reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9));
            aid[month] = aid.TryGetValue(month, out var sum) ? sum + counts : counts;
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            referrals[reader.GetFieldValue<DateOnly>(0)] = new ReferralCounts(reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetFieldValue<decimal>(7) is var days ? (long)days : 0, reader.GetInt64(8), reader.GetInt64(9));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Interventions are read as the page reads them; this measure's result is the overview's figures.
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            targets[(reader.GetInt32(0), reader.Enum<IndicatorMeasure>(1))] = reader.GetDecimal(2);
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            populations[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        for (var rest = 0; rest < 4; rest++)
        {
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
            }
        }

        var calculator = new IndicatorCalculator(aid, referrals, populations);
        return IndicatorReportQuery.MeasuresFor(_area).Select(m => calculator.Compute(m, _period, context.Today)).ToList();
    }

    public override string Fingerprint(object result) =>
        string.Join("; ", ((IEnumerable<Figure>)result).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} {f.Numerator}/{f.Denominator}")));
}
