namespace CaseWork.Web.Pages.Admin.IndicatorTargets;

/// <summary>What the page says about a field: its label, its unit and why a value was refused.</summary>
public sealed class TargetTexts(IStringLocalizer localizer)
{
    public string Unit(IndicatorMeasure? measure) => localizer.Text(measure?.Unit() ?? MeasureUnit.Count);

    /// <summary>A column header short enough for the dense form; <see cref="Name"/> is the full name, in the legend.</summary>
    public string Header(IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.LongTermShareOfAdultPopulation => localizer["Share of adult residents"],
        IndicatorMeasure.LongTermShareOfAdultRecipients => localizer["Share of adult recipients"],
        IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months => localizer["Work or studies within 12 months"],
        IndicatorMeasure.EnrolmentDaysToWorkOrStudies => localizer["Time to work or studies"],
        IndicatorMeasure.HouseholdsOnAid => localizer["Households per month"],
        IndicatorMeasure.AdultsOnAid => localizer["Adults per month"],
        IndicatorMeasure.CurrentIndividualPlanShare => localizer["Current plan with subgoals"],
        IndicatorMeasure.FollowUpsOnTimeShare => localizer["Checks on time"],
        _ => localizer["Job plan within 5 days"],
    };

    public string Name(IndicatorMeasure measure) => localizer.Text(measure);

    /// <summary>The field's label for screen readers, e.g. "Spånga-Tensta, mål indikator 2".</summary>
    public string Label(string district, IndicatorMeasure? measure)
    {
        if (measure is not { } m)
        {
            return localizer["{0}, adult residents", district];
        }

        var indicator = m.IndicatorNumber();
        return TargetCell.Measures.Count(x => x.IndicatorNumber() == indicator) == 1
            ? localizer["{0}, target indicator {1}", district, indicator]
            : localizer["{0}, target indicator {1}, {2}", district, indicator, localizer.Text(m).ToLower(CultureInfo.CurrentCulture)];
    }

    public string NotANumber(IndicatorMeasure? measure) =>
        measure is null ? localizer["Enter the number of adults as a whole number, for example 28 900."]
        : measure.Value.MaximumDecimals() > 0 ? localizer["Enter the target as a number, for example 65,9."]
        : localizer["Enter the target as a whole number, for example 180."];

    /// <summary>The text of a refused rule, with the bound it broke.</summary>
    public string Refusal(string code, IndicatorMeasure? measure) => code switch
    {
        IndicatorRuleCodes.TargetAboveMaximum => localizer[code, WithUnit(measure!.Value.MaximumTarget(), measure)],
        IndicatorRuleCodes.TargetTooManyDecimals when measure!.Value.MaximumDecimals() == 0 => localizer["Enter the target as a whole number, for example 180."],
        IndicatorRuleCodes.PopulationAboveMaximum => localizer[code, Number(PopulationRules.MaximumAdults)],
        _ => localizer[code],
    };

    public string YearNotANumber(int example) => localizer["Enter the year with four digits, for example {0}.", example];

    public string YearOutOfRange(int currentYear) =>
        localizer[IndicatorRuleCodes.YearOutOfRange, IndicatorYears.First, IndicatorYears.Last(currentYear)];

    /// <summary>A saved value as the page shows it beside a field, or "none".</summary>
    public string Shown(decimal? value, IndicatorMeasure? measure) => value is { } v ? WithUnit(v, measure) : localizer["none"];

    private string WithUnit(decimal value, IndicatorMeasure? measure) => measure?.Unit() switch
    {
        MeasureUnit.Percent => $"{Number(value)} %",
        MeasureUnit.Days => localizer["{0} days", Number(value)],
        _ => Number(value),
    };

    private static string Number(decimal value) => value.ToString("#,0.#", CultureInfo.CurrentCulture);
}
