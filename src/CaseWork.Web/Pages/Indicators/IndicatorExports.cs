using CaseWork.Web.Exports;

namespace CaseWork.Web.Pages.Indicators;

/// <summary>The dashboard's tables as exports: the same rows and figures the page shows, numbers as numbers.</summary>
public static class IndicatorExports
{
    public const string Overview = "overview";
    public const string Reasons = "reasons";
    public const string Interventions = "interventions";

    /// <summary>The table named (overview, reasons, interventions, or a measure's monthly series); null when there is none.</summary>
    public static ExportTable? Table(IStringLocalizer localizer, IndicatorReport report, string? name)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(report);
        var period = IndicatorText.PeriodName(localizer, report.Period);
        return name switch
        {
            Overview => new ExportTable(
                $"{localizer["Indicators"]} {report.AreaName} {period}",
                [new(localizer["Indicator"]), new(localizer["Result"], 1), new(localizer["Target"], 1), new(localizer["Assessment"]),
                 new(localizer["Same period last year"], 1), new(localizer["Numerator"]), new(localizer["Denominator"])],
                report.Rows.Select(r => (IReadOnlyList<object?>)
                [
                    $"{r.Measure.IndicatorNumber()}. {localizer.Text(r.Measure)}", r.Figure.Value, r.Target, Assessment(localizer, r.Assessment),
                    r.LastYear.Value, r.Figure.Numerator, r.Figure.Denominator,
                ]).ToList()),
            Reasons => new ExportTable(
                $"{localizer["Households on aid by reason, per month"]} {report.AreaName}",
                [new(localizer["Reason"]), .. report.Months.Select(m => new ExportColumn(IndicatorText.MonthName(m)))],
                report.HouseholdsByReason.Select(p => (IReadOnlyList<object?>)[localizer.Text(p.Key), .. p.Value.Cast<object?>()]).ToList()),
            Interventions => new ExportTable(
                $"{localizer["Effect of interventions"]} {report.AreaName} {period}",
                [new(localizer["Intervention"]), new(localizer["Within 6 months"], 1), new(localizer["Within 12 months"], 1)],
                report.Interventions.Select(r => (IReadOnlyList<object?>)[r.Name, r.Within6.Value, r.Within12.Value]).ToList()),
            _ when Enum.TryParse<IndicatorMeasure>(name, out var measure) && report.Series.FirstOrDefault(s => s.Measure == measure) is { } series =>
                Series(localizer, report.AreaName, series),
            _ => null,
        };
    }

    /// <summary>What a table is called beside its export links, so that screen readers tell the links apart.</summary>
    public static string TableName(IStringLocalizer localizer, string table)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return table switch
        {
            Overview => localizer["Overview"],
            Reasons => localizer["Households on aid by reason, per month"],
            Interventions => localizer["Effect of interventions"],
            _ when Enum.TryParse<IndicatorMeasure>(table, out var measure) => localizer.Text(measure),
            _ => table,
        };
    }

    public static ExportTable Series(IStringLocalizer localizer, string areaName, MeasureSeries series)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(series);
        return new ExportTable(
            $"{localizer.Text(series.Measure)} {areaName}",
            [new(localizer["Month"]), new(localizer["This year"], 1), new(localizer["Last year"], 1), new(localizer["Target"], 1)],
            series.Months.Select((m, i) => (IReadOnlyList<object?>)[IndicatorText.MonthName(m), series.Values[i], series.LastYear[i], series.Targets[i]]).ToList());
    }

    public static string Assessment(IStringLocalizer localizer, TargetAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return assessment switch
        {
            TargetAssessment.Met => localizer["Target met"],
            TargetAssessment.PartlyMet => localizer["Target partly met"],
            TargetAssessment.NotMet => localizer["Target not met"],
            _ => localizer["No target"],
        };
    }
}
