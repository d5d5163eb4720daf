using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.People;
using CaseWork.Domain.Retention;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Pages.Admin.Retention;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The retention dry run's list, first page, as the administrator opens it: the first 51 files past the five years in
/// id order with their last entry and in-use flags, research files left out (RetentionCandidates.ReadAsync), the due
/// ones kept. Raw: the same statement on a bare connection in its own transaction with JIT off, read by hand and
/// assessed by the same rule.
/// </summary>
public sealed class RetentionDryRun : Measure
{
    public override string Name => "Retention dry run";

    public override string Description =>
        "/Admin/Retention/DryRun, first page: the first 51 files past the five years by keyset on the applicant id, research " +
        "files left out (RetentionCandidates.ReadAsync). Raw: the same statement on a bare Npgsql connection.";

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = context.NewDbContext();
        var batch = await new RetentionCandidates(db).ReadAsync(Guid.Empty, DryRunModel.PageSize + 1, context.Today, leaveOutExempt: true, cancellationToken);
        return Due(batch.Select(c => (c.ApplicantId, c.Assessment)));
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = context.Today;
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var jitOff = context.Command(connection, "SET LOCAL jit = off"))
        {
            await jitOff.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = context.Command(connection, RetentionCandidates.BatchSql);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Uuid) { Value = Guid.Empty });
        command.Parameters.Add(new NpgsqlParameter("leave_out_exempt", NpgsqlDbType.Boolean) { Value = true });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = DryRunModel.PageSize + 1 });
        command.Parameters.Add(new NpgsqlParameter("latest_due_last_entry", NpgsqlDbType.Date) { Value = RetentionRule.LatestDueLastEntry(today) });
        command.Parameters.Add(new NpgsqlParameter("recent_aid_from", NpgsqlDbType.Date) { Value = RetentionRule.RecentAidFrom(today) });
        command.Parameters.Add(new NpgsqlParameter("research_days", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = RetentionRule.ResearchBirthDays.ToArray() });
        var rows = new List<(Guid, RetentionAssessment)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var pin = PersonalIdentityNumber.FromStored(reader.GetString(1));
                rows.Add((reader.GetGuid(0), RetentionRule.Assess(pin, reader.GetFieldValue<DateOnly>(4), (InUse)reader.GetInt32(5), today)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return Due(rows);
    }

    public override string Fingerprint(object result) => string.Join("; ", (List<(Guid, RetentionAssessment)>)result);

    private static List<(Guid, RetentionAssessment)> Due(IEnumerable<(Guid Id, RetentionAssessment Assessment)> rows) =>
        rows.Where(r => r.Assessment.Status == RetentionStatus.Due).ToList();
}
