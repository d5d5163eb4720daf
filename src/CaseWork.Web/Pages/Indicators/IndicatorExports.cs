using CaseWork.Infrastructure.Indicators;
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
        var asOf = AsOf(localizer, report.AsOf);
        var percent = IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months;
        return name switch
        {
            Overview => new ExportTable(
                Title(localizer["Indicators"], report.AreaName, period),
                [new(localizer["Indicator"]), new(localizer["Unit of measure"]), new(localizer["Result"], 1), new(localizer["Target"], 1), new(localizer["Assessment"]),
                 new(localizer["Same period last year"], 1), new(localizer["Numerator"]), new(localizer["Denominator"])],
                report.Rows.Select(r => (IReadOnlyList<object?>)
                [
                    $"{r.Measure.IndicatorNumber()}. {localizer.Text(r.Measure)}", IndicatorText.Unit(localizer, r.Measure), r.Figure.Value, r.Target,
                    Assessment(localizer, r.Assessment), r.LastYear.Value, r.Figure.Numerator, r.Figure.Denominator,
                ]).ToList())
            { Subtitle = asOf, SheetName = localizer["Indicators"] },
            Reasons => new ExportTable(
                Title(localizer["Households on aid by reason, per month"], report.AreaName, period),
                [new(localizer["Reason"]), .. report.Months.Select(m => new ExportColumn(IndicatorText.WithUnit(localizer, IndicatorText.MonthName(m), IndicatorMeasure.HouseholdsOnAid)))],
                report.HouseholdsByReason.Select(p => (IReadOnlyList<object?>)[localizer.Text(p.Key), .. p.Value.Cast<object?>()]).ToList())
            { Subtitle = asOf, SheetName = localizer["Households by reason"] },
            Interventions => new ExportTable(
                Title(localizer["Effect of interventions"], report.AreaName, period),
                [new(localizer["Intervention"]), new(IndicatorText.WithUnit(localizer, localizer["Within 6 months"], percent), 1),
                 new(IndicatorText.WithUnit(localizer, localizer["Within 12 months"], percent), 1)],
                report.Interventions.Select(r => (IReadOnlyList<object?>)[r.Name, r.Within6.Value, r.Within12.Value]).ToList())
            { Subtitle = asOf, SheetName = localizer["Effect of interventions"] },
            _ when Enum.TryParse<IndicatorMeasure>(name, out var measure) && report.Series.FirstOrDefault(s => s.Measure == measure) is { } series =>
                Series(localizer, report, series),
            _ => null,
        };
    }

    /// <summary>"Nyckeltal – Spånga-Tensta – tertial 3 2026": what, where and when, the title row of an export.</summary>
    public static string Title(string what, string area, string period) => $"{what} – {area} – {period}";

    /// <summary>"Siffrorna gäller per 2026-12-07 10:15." in Swedish time, or that they have not been counted yet.</summary>
    public static string AsOf(IStringLocalizer localizer, SummaryRefresh? refresh)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return refresh is { } r
            ? localizer["Figures as of {0}.", r.FinishedAt.InSweden().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)]
            : localizer["The figures have not been computed yet."];
    }

    /// <summary>The sheet name of a measure's table: short and complete ("2 Långvariga av mottagare").</summary>
    public static string SheetName(IStringLocalizer localizer, IndicatorMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[$"MeasureSheet.{measure}"];
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

    public static ExportTable Series(IStringLocalizer localizer, IndicatorReport report, MeasureSeries series)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(series);
        var measure = series.Measure;
        return new ExportTable(
            Title($"{measure.IndicatorNumber()}. {localizer.Text(measure)}", report.AreaName, IndicatorText.PeriodName(localizer, report.Period)),
            [new(localizer["Month"]), new(IndicatorText.WithUnit(localizer, localizer["This year"], measure), 1),
             new(IndicatorText.WithUnit(localizer, localizer["Last year"], measure), 1), new(IndicatorText.WithUnit(localizer, localizer["Target"], measure), 1)],
            series.Months.Select((m, i) => (IReadOnlyList<object?>)[IndicatorText.MonthName(m), series.Values[i], series.LastYear[i], series.Targets[i]]).ToList())
        {
            Subtitle = AsOf(localizer, report.AsOf),
            SheetName = SheetName(localizer, measure),
        };
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
