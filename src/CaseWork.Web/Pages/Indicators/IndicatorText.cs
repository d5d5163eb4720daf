using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

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

    /// <summary>A figure as a page shows it: formatted, or a dash that screen readers read as "no data".</summary>
    public static IHtmlContent Show(IStringLocalizer localizer, IndicatorMeasure measure, decimal? value) =>
        value is null ? NoData(localizer) : new HtmlString(HtmlEncoder.Default.Encode(Format(localizer, measure, value)));

    /// <summary>A count as a page shows it ("1 337"), or the dash of no data.</summary>
    public static IHtmlContent Show(IStringLocalizer localizer, long? count) =>
        count is { } c ? new HtmlString(HtmlEncoder.Default.Encode(c.ToString("N0", CultureInfo.CurrentCulture))) : NoData(localizer);

    /// <summary>"–" where there is no figure, read aloud as "inga uppgifter" / "no data".</summary>
    public static IHtmlContent NoData(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return new HtmlContentBuilder()
            .AppendHtml("<span class=\"no-data\"><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">")
            .Append(localizer["No data"].Value)
            .AppendHtml("</span></span>");
    }

    /// <summary>The unit a measure's figures are in, for column headers: "%", "dagar", "antal".</summary>
    public static string Unit(IStringLocalizer localizer, IndicatorMeasure measure) => localizer.Text(measure.Unit());

    /// <summary>A column header with the unit of its figures: "Utfall (%)", "I år (antal)".</summary>
    public static string WithUnit(IStringLocalizer localizer, string header, IndicatorMeasure measure) => $"{header} ({Unit(localizer, measure)})";

    public static string Measure(IStringLocalizer localizer, IndicatorMeasure measure) => localizer.Text(measure);
}
