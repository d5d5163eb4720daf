using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.WorkPlans;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.Applicants;

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
        var rows = new List<ApplicantListRow>(ApplicantListQuery.PageSize + 1);
        await using (var command = context.Command(connection, after is null ? FirstPage : NextPage))
        {
            command.Parameters.AddWithValue(context.UnitId);
            command.Parameters.AddWithValue(ApplicantListQuery.PageSize + 1);
            if (after is not null)
            {
                command.Parameters.AddWithValue(after.LastName);
                command.Parameters.AddWithValue(after.FirstName);
                command.Parameters.AddWithValue(after.Id);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new ApplicantListRow(
                    reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.Enum<AidReason>(4),
                    reader.GetBoolean(5), reader.StringOrNull(6)));
            }
        }

        var hasMore = rows.Count > ApplicantListQuery.PageSize;
        if (hasMore)
        {
            rows.RemoveAt(ApplicantListQuery.PageSize);
        }

        if (rows.Count == 0)
        {
            return new ApplicantListPage(rows, null, null);
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
            after is not null ? new ApplicantListCursor(ApplicantSort.Name, first.LastName, first.FirstName, first.PinDigits, first.Id).Encode() : null);
    }

    /// <summary>What a reader sees of a page: each row with its badges, and where the page links lead.</summary>
    public static string Fingerprint(object result)
    {
        var page = (ApplicantListPage)result;
        return string.Join('\n', page.Rows.Select(r =>
                $"{r.Id} {r.LastName}, {r.FirstName} {r.Reason} {r.AssignedWorker} {r.AidMonthsInWindow} [{string.Join(',', r.Signals)}]"))
            + $"\nnext={page.NextCursor} previous={page.PreviousCursor}";
    }
}
