namespace CaseWork.Web.Pages.Indicators;

/// <summary>A reporting period in a URL: "Tertial-2026-3", "Year-2026-1", "Month-2026-11".</summary>
public static class PeriodChoice
{
    public static string Encode(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return string.Create(CultureInfo.InvariantCulture, $"{period.Kind}-{period.Year}-{period.Number}");
    }

    /// <summary>The period named, or the current tertial when the value is missing or not a valid period.</summary>
    public static ReportingPeriod Decode(string? value, DateOnly today)
    {
        var parts = (value ?? string.Empty).Split('-');
        if (parts.Length == 3
            && Enum.TryParse<PeriodKind>(parts[0], out var kind)
            && FormValues.Count(parts[1]) is { } year
            && FormValues.Count(parts[2]) is { } number
            && year >= ReportingPeriod.FirstYear && year <= today.Year
            && number >= 1 && number <= (kind switch { PeriodKind.Month => 12, PeriodKind.Tertial => 3, _ => 1 }))
        {
            var period = ReportingPeriod.Create(kind, year, number);
            if (period.LastMonthReached(today) is not null)
            {
                return period;
            }
        }

        return ReportingPeriod.Containing(PeriodKind.Tertial, today);
    }

    /// <summary>The periods offered: years, tertials and months of this year and the two before, newest first.</summary>
    public static IReadOnlyList<ReportingPeriod> Offered(DateOnly today, int years = 3)
    {
        var periods = new List<ReportingPeriod>();
        foreach (var kind in new[] { PeriodKind.Year, PeriodKind.Tertial, PeriodKind.Month })
        {
            for (var period = ReportingPeriod.Containing(kind, today); period.Year > today.Year - years; period = period.Previous())
            {
                periods.Add(period);
            }
        }

        return periods;
    }
}
