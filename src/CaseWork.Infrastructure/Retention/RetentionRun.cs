namespace CaseWork.Infrastructure.Retention;

public enum RetentionTrigger
{
    Scheduled,
    Administrator,
}

public enum RetentionOutcome
{
    Running,
    Completed,
    Failed,

    /// <summary>Found still running when a later run started: the process stopped mid-run. Batches it committed stay deleted and counted.</summary>
    Interrupted,
}

/// <summary>
/// One run of the retention job, real or dry: when, how many people, how many rows per table. Counts only; the log never
/// holds a name, a personnummer or an id of anyone deleted.
/// </summary>
public sealed class RetentionRun
{
    private RetentionRun()
    {
        Rows = new Dictionary<string, int>();
    }

    public long Id { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public RetentionTrigger Trigger { get; private set; }

    /// <summary>A dry run deletes inside a transaction that is rolled back: the counts are what a real run would delete.</summary>
    public bool DryRun { get; private set; }

    /// <summary>The day the rule was applied for.</summary>
    public DateOnly AsOf { get; private set; }

    public RetentionOutcome Outcome { get; private set; }

    /// <summary>People deleted (or, in a dry run, that would be).</summary>
    public int People { get; private set; }

    /// <summary>Of <see cref="People"/>, those whose deadline had passed.</summary>
    public int Overdue { get; private set; }

    /// <summary>Files past the five years kept for research when the run started.</summary>
    public int Exempt { get; private set; }

    /// <summary>Files past the five years kept because something in them is in use when the run started.</summary>
    public int InUse { get; private set; }

    /// <summary>Rows deleted per table.</summary>
    public IReadOnlyDictionary<string, int> Rows { get; private set; }

    public int AuditDetailsCleared { get; private set; }

    public static RetentionRun Start(RetentionTrigger trigger, bool dryRun, DateOnly asOf, DateTimeOffset now) =>
        new() { Trigger = trigger, DryRun = dryRun, AsOf = asOf, StartedAt = now, Outcome = RetentionOutcome.Running };

    public void Kept(int exempt, int inUse) => (Exempt, InUse) = (exempt, inUse);

    public void Record(RetentionTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        People = totals.People;
        Overdue = totals.Overdue;
        Rows = new SortedDictionary<string, int>(totals.Rows.ToDictionary(), StringComparer.Ordinal);
        AuditDetailsCleared = totals.AuditDetailsCleared;
    }

    public void Finish(RetentionOutcome outcome, DateTimeOffset now) => (Outcome, FinishedAt) = (outcome, now);

    public int RowsTotal => Rows.Values.Sum();
}

/// <summary>Running totals of a run; immutable, so that a retried batch adds its counts once.</summary>
public sealed record RetentionTotals(int People, int Overdue, IReadOnlyDictionary<string, int> Rows, int AuditDetailsCleared)
{
    public static RetentionTotals None { get; } = new(0, 0, new Dictionary<string, int>(), 0);

    public RetentionTotals Add(int people, int overdue, PersonDeletionResult deleted)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        var rows = new Dictionary<string, int>(Rows);
        foreach (var (table, count) in deleted.RowsPerTable)
        {
            rows[table] = rows.GetValueOrDefault(table) + count;
        }

        return new RetentionTotals(People + people, Overdue + overdue, rows, AuditDetailsCleared + deleted.AuditDetailsCleared);
    }
}
