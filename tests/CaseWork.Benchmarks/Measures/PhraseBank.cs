using System.Globalization;
using CaseWork.Benchmarks.Harness;
using CaseWork.Web.Pages.Phrases;

namespace CaseWork.Benchmarks.Measures;

/// <summary>The phrase bank's first page: the unit's phrases and the worker's own, by title.</summary>
public sealed class PhraseBank : Measure
{
    public override string Name => "Phrase bank";

    public override string Description =>
        "/Phrases: the first 50 of the unit's phrases and the signed-in worker's own, in title order (PhraseQuery.ListAsync, " +
        "through the query filter). Raw: the same rows in one SQL statement.";

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var page = await PhraseQuery.ListAsync(db, null, null, cancellationToken);
        return page.Rows.ConvertAll(p => p.Id);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = context.Command(connection,
            "SELECT id FROM phrases WHERE unit_id = $1 AND (owner_id IS NULL OR owner_id = $2) ORDER BY title, id LIMIT 51");
        command.Parameters.AddWithValue(context.UnitId);
        command.Parameters.AddWithValue(context.User.UserId ?? string.Empty);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids.Take(PhraseQuery.PageSize).ToList();
    }

    public override string Fingerprint(object result) =>
        string.Join(',', ((List<Guid>)result).Select(id => id.ToString("N", CultureInfo.InvariantCulture)));
}
