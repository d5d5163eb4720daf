namespace CaseWork.Web.Pages.Indicators;

/// <summary>How periods and figures read on dashboards, in the user's language.</summary>
public static class IndicatorText
{
    public static string PeriodName(IStringLocalizer localizer, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Month => period.FirstMonth.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
            PeriodKind.Tertial => localizer["Tertial {0} {1}", period.Number, period.Year].Value,
            _ => period.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    public static string MonthName(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"65,9 %", "123,4 dagar", "1 337"; a dash when there is nothing to show.</summary>
    public static string Format(IStringLocalizer localizer, IndicatorMeasure measure, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (value is not { } v)
        {
            return "–";
        }

        return measure.Unit() switch
        {
            MeasureUnit.Percent => localizer["{0} %", v.ToString("0.0", CultureInfo.CurrentCulture)].Value,
            MeasureUnit.Days => localizer["{0} days", v.ToString("0.0", CultureInfo.CurrentCulture)].Value,
            _ => v.ToString(v == decimal.Truncate(v) ? "N0" : "N1", CultureInfo.CurrentCulture),
        };
    }

    public static string Measure(IStringLocalizer localizer, IndicatorMeasure measure) => localizer.Text(measure);
}
