using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.WorkPlans;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.Applicants;
using CaseWork.Web.Validation;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The applicant list as hand-written SQL: the same two round trips as <see cref="ApplicantListQuery"/> (a page of rows in
/// name order by keyset, then the page's case facts by id), the same rules applied to the facts in memory.
/// </summary>
internal static class RawApplicantList
{
    private const string Rows = """
        SELECT a.id, a.personal_identity_number, a.first_name, a.last_name, a.reason, a.has_protected_identity,
               (SELECT u.display_name FROM "AspNetUsers" u WHERE u.id = a.assigned_worker_id)
        FROM applicants a
        WHERE a.unit_id = $1

        """;

    private const string InOrder = " ORDER BY a.last_name, a.first_name, a.id LIMIT $2";

    private const string FirstPage = Rows + InOrder;

    private const string NextPage = Rows + " AND (a.last_name, a.first_name, a.id) > ($3, $4, $5)" + InOrder;

    private const string Facts = """
        SELECT a.id,
               (SELECT count(*)::int FROM aid_months m
                WHERE m.applicant_id = a.id AND m.month >= $2 AND m.month <= $3 AND m.decision <> 'Refused'),
               EXISTS (SELECT 1 FROM aid_months m
                       WHERE m.applicant_id = a.id AND m.month >= $4 AND m.month <= $3 AND m.decision <> 'Refused'),
               (SELECT v.content FROM work_plans p JOIN work_plan_versions v ON v.work_plan_id = p.id
                WHERE p.applicant_id = a.id AND p.status = 'Active' ORDER BY v.number DESC LIMIT 1),
               (SELECT p.next_follow_up_on FROM work_plans p WHERE p.applicant_id = a.id AND p.status = 'Active'),
               EXISTS (SELECT 1 FROM basic_investigations i WHERE i.applicant_id = a.id AND i.signed_at IS NOT NULL)
        FROM applicants a
        WHERE a.id = ANY($1) AND a.unit_id = $5
        """;

    public static async Task<ApplicantListPage> LoadAsync(BenchContext context, ApplicantListCursor? after, CancellationToken cancellationToken)
    {
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var rows = await ReadRowsAsync(
            context, connection, after is null ? FirstPage : NextPage, after is null ? [] : [after.LastName, after.FirstName, after.Id], cancellationToken);
        return await PageAsync(context, connection, rows, after is not null, null, cancellationToken);
    }

    /// <summary>A search's filter: SQL on the applicant <c>a</c> with its parameters from $3 on.</summary>
    public sealed record Filter(string Sql, object[] Values);

    /// <summary>What the search box makes of names: each word (up to four) anywhere in the folded name.</summary>
    public static Filter NameFilter(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).ToArray();
        return new Filter(
            string.Concat(words.Select((_, i) => $" AND a.search_name LIKE casework_fold(${i + 3})")),
            words.Select(w => (object)LikePattern.Containing(w)).ToArray());
    }

    /// <summary>What the search box makes of 8 digits: the personnummers of that birth date, as a range.</summary>
    public static Filter PinPrefixFilter(string digits) =>
        new(" AND a.personal_identity_number BETWEEN $3::bpchar AND $4::bpchar", [digits + "0000", digits + "9999"]);

    /// <summary>
    /// A search: the matches counted, the first page of them in name order, and the page's case facts, as
    /// <see cref="ApplicantListQuery"/> reads a filtered list.
    /// </summary>
    public static async Task<ApplicantListPage> SearchAsync(BenchContext context, Filter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        int total;
        await using (var command = context.Command(connection, "SELECT count(*)::int FROM applicants a WHERE a.unit_id = $1 " + filter.Sql))
        {
            // $2 (the page size) is not read here; the filter's parameters keep their numbers.
            AddParameters(command, context, filter.Values);
            total = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        var rows = await ReadRowsAsync(context, connection, Rows + filter.Sql + InOrder, filter.Values, cancellationToken);
        return await PageAsync(context, connection, rows, false, total, cancellationToken);
    }

    /// <summary>The unit ($1), the page size and one more ($2), then <paramref name="values"/> from $3 on.</summary>
    private static void AddParameters(NpgsqlCommand command, BenchContext context, object[] values)
    {
        command.Parameters.AddWithValue(context.UnitId);
        command.Parameters.AddWithValue(ApplicantListQuery.PageSize + 1);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }
    }

    private static async Task<List<ApplicantListRow>> ReadRowsAsync(
        BenchContext context, NpgsqlConnection connection, string sql, object[] values, CancellationToken cancellationToken)
    {
        var rows = new List<ApplicantListRow>(ApplicantListQuery.PageSize + 1);
        await using var command = context.Command(connection, sql);
        AddParameters(command, context, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ApplicantListRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.Enum<AidReason>(4),
                reader.GetBoolean(5), reader.StringOrNull(6)));
        }

        return rows;
    }

    private static async Task<ApplicantListPage> PageAsync(
        BenchContext context, NpgsqlConnection connection, List<ApplicantListRow> rows, bool cameForward, int? total, CancellationToken cancellationToken)
    {
        var hasMore = rows.Count > ApplicantListQuery.PageSize;
        if (hasMore)
        {
            rows.RemoveAt(ApplicantListQuery.PageSize);
        }

        if (rows.Count == 0)
        {
            return new ApplicantListPage(rows, null, null, total);
        }

        var today = context.Today;
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var facts = new Dictionary<Guid, (int AidMonths, IReadOnlyList<PlanQualitySignal> Signals)>();
        await using (var command = context.Command(connection, Facts))
        {
            command.Parameters.AddWithValue(rows.Select(r => r.Id).ToArray());
            command.Parameters.AddWithValue(from);
            command.Parameters.AddWithValue(to);
            command.Parameters.AddWithValue(LongTermAidRule.ReceivingAidFrom(today));
            command.Parameters.AddWithValue(context.UnitId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var situation = new PlanSituation(today, reader.GetBoolean(2), reader.GetBoolean(5));
                facts[reader.GetGuid(0)] = (reader.GetInt32(1), context.Quality.Evaluate(reader.PlanContentOrNull(3), reader.ValueOrNull<DateOnly>(4), situation));
            }
        }

        rows = rows.Select(r => facts.TryGetValue(r.Id, out var f) ? r with { AidMonthsInWindow = f.AidMonths, Signals = f.Signals.Where(ApplicantListQuery.ListSignals.Contains).ToList() } : r).ToList();
        var first = rows[0];
        var last = rows[^1];
        return new ApplicantListPage(
            rows,
            hasMore ? new ApplicantListCursor(ApplicantSort.Name, last.LastName, last.FirstName, last.PinDigits, last.Id).Encode() : null,
            cameForward ? new ApplicantListCursor(ApplicantSort.Name, first.LastName, first.FirstName, first.PinDigits, first.Id).Encode() : null,
            total);
    }

    /// <summary>What a reader sees of a page: each row with its badges, and where the page links lead.</summary>
    public static string Fingerprint(object result)
    {
        var page = (ApplicantListPage)result;
        return string.Join('\n', page.Rows.Select(r =>
                $"{r.Id} {r.LastName}, {r.FirstName} {r.Reason} {r.AssignedWorker} {r.AidMonthsInWindow} [{string.Join(',', r.Signals)}]"))
            + $"\nnext={page.NextCursor} previous={page.PreviousCursor} total={page.Total}";
    }
}
