using CaseWork.Benchmarks.Harness;

namespace CaseWork.Benchmarks.Measures;

// The two measures the dashboards issue (6) asks for beyond the list and the case page. Each is a slot: replace the
// class with a Measure (AppAsync: the dashboard's own read or refresh; RawAsync: the same SQL on raw Npgsql) when the
// indicator engine lands, and keep its place in MeasureList.

/// <summary>SLOT: the dashboard read (a manager's or unit head's figures from the summaries).</summary>
public sealed class DashboardRead : PendingMeasure
{
    public override string Name => "Dashboard read";

    public override string Description => "/Dashboard: a district's indicators for a tertial, read from the summaries.";

    public override string Pending => "not measured yet: the dashboard and its summaries are not built";
}

/// <summary>SLOT: the summary refresh (rebuilding the summaries the dashboard reads).</summary>
public sealed class SummaryRefresh : PendingMeasure
{
    public override string Name => "Summary refresh";

    public override string Description => "Refreshing the indicator summaries over the whole register.";

    public override string Pending => "not measured yet: the summaries are not built";
}
