using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Indicators;
using CaseWork.Infrastructure.Indicators;

namespace CaseWork.Benchmarks.Measures;

/// <summary>The cases behind the long-term share of the bench unit's district, current tertial (ADR 0020).</summary>
public sealed class CasesBehindFigure : Measure
{
    private const int PageSize = 50;

    private IndicatorArea _area = null!;
    private ReportingPeriod _period = null!;

    /// <summary>Where each of the first five pages starts (keyset, name order): none for the first, then the last case of the page before.</summary>
    private NameKey?[] _starts = [];

    public override string Name => "Cases behind a figure";

    public override string Description =>
        "/Indicators/Cases for the long-term recipients (numerator of indicator 2) of the bench unit's district, current tertial: " +
        "IndicatorCaseQueries.ReadAsync, the count and a page of 50 in name order from the refresh's per-applicant masks (one of the " +
        "first five pages each iteration, by its keyset cursor as the page's Next link carries it). Raw: the same two statements on indicator_aid_facts through Npgsql.";

    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var command = context.DataSource.CreateCommand("SELECT district_id FROM units WHERE id = $1");
        command.Parameters.AddWithValue(context.UnitId);
        _area = new IndicatorArea((int)(await command.ExecuteScalarAsync(cancellationToken))!);
        _period = ReportingPeriod.Containing(PeriodKind.Tertial, context.Today);
        await using var db = context.NewDbContext();
        var (firstFive, _) = await new IndicatorCaseQueries(db).ReadAsync(
            IndicatorMeasure.LongTermShareOfAdultRecipients, FigurePart.Numerator, _area, _period, context.Today, null, null, 4 * PageSize, cancellationToken);
        _starts = [null, .. firstFive.Where((_, i) => (i + 1) % PageSize == 0).Select(c => (NameKey?)new NameKey(c.LastName, c.FirstName, c.ApplicantId))];
    }

    private NameKey? StartOf(int iteration) => _starts[iteration % _starts.Length];

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var (cases, total) = await new IndicatorCaseQueries(db).ReadAsync(
            IndicatorMeasure.LongTermShareOfAdultRecipients, FigurePart.Numerator, _area, _period, context.Today, StartOf(iteration), null, PageSize, cancellationToken);
        return $"{total}: {string.Join(",", cases.Select(c => $"{c.ApplicantId}={c.Detail}"))}";
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using var window = context.Command(connection, "SELECT first_month FROM indicator_refreshes ORDER BY finished_at DESC LIMIT 1");
        var first = (DateOnly)(await window.ExecuteScalarAsync(cancellationToken))!;
        var at = _period.LastMonthReached(context.Today)!.Value;
        var atBit = (at.Year * 12) + at.Month - ((first.Year * 12) + first.Month - 11);
        const string Cases = """
            FROM indicator_aid_facts f
            WHERE f.district_id = $1 AND bit_count(((f.paid_bits >> ($2 - 11)) & 4095)::bit(12)) >= 10
            """;
        await using var count = context.Command(connection, $"SELECT count(*)::int {Cases}");
        count.Parameters.AddWithValue(_area.DistrictId);
        count.Parameters.AddWithValue(atBit);
        var total = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
        await using var page = context.Command(connection, $"""
            SELECT f.applicant_id, bit_count(((f.paid_bits >> ($2 - 11)) & 4095)::bit(12))::numeric
            FROM indicator_aid_facts f JOIN applicants a ON a.id = f.applicant_id
            WHERE f.district_id = $1 AND a.district_id = $1 AND bit_count(((f.paid_bits >> ($2 - 11)) & 4095)::bit(12)) >= 10
              AND (NOT $3 OR (a.last_name, a.first_name, a.id) > ($4, $5, $6))
            ORDER BY a.last_name, a.first_name, a.id
            LIMIT $7
            """);
        var start = StartOf(iteration);
        page.Parameters.AddWithValue(_area.DistrictId);
        page.Parameters.AddWithValue(atBit);
        page.Parameters.AddWithValue(start is not null);
        page.Parameters.AddWithValue(start?.LastName ?? string.Empty);
        page.Parameters.AddWithValue(start?.FirstName ?? string.Empty);
        page.Parameters.AddWithValue(start?.ApplicantId ?? Guid.Empty);
        page.Parameters.AddWithValue(PageSize);
        var rows = new List<string>();
        await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add($"{reader.GetGuid(0)}={reader.GetDecimal(1)}");
            }
        }

        return $"{total}: {string.Join(",", rows)}";
    }
}
