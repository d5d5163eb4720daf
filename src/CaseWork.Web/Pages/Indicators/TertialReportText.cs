namespace CaseWork.Web.Pages.Indicators;

/// <summary>
/// The tertial report's own Swedish prose: it is a document to the district committee, always in Swedish (like the
/// printed work plan). Measure names and figures come from the shared resources under the Swedish culture.
/// </summary>
public static class TertialReportText
{
    public const string Area = "Ekonomiskt bistånd och arbete";

    /// <summary>"Hägersten-Liljeholmens stadsdelsnämnd", "Spånga-Tensta stadsdelsnämnd": names ending in a vowel or an s take no s.</summary>
    public static string Genitive(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return "aeiouyåäösxz".Contains(char.ToLowerInvariant(name[^1]), StringComparison.Ordinal) ? name : name + "s";
    }

    public static string IndicatorTitle(int number) => number switch
    {
        1 => "Långvarigt biståndsberoende bland vuxna invånare",
        2 => "Långvariga biståndsmottagare",
        3 => "Jobbtorg: arbete eller studier inom tolv månader",
        4 => "Inskrivningstid till arbete eller studier",
        5 => "Hushåll och vuxna med ekonomiskt bistånd",
        6 => "Dokumentationens kvalitet",
        7 => "Insatsernas effekt",
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, null),
    };

    /// <summary>The definition in one line; docs/indicators.md has it in full.</summary>
    public static string Definition(IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.LongTermShareOfAdultPopulation =>
            "Vuxna i hushåll med bistånd minst 10 av de 12 månaderna till och med periodens sista månad, i procent av stadsdelens vuxna invånare det året.",
        IndicatorMeasure.LongTermShareOfAdultRecipients =>
            "Vuxna i hushåll med bistånd minst 10 av de 12 månaderna till och med periodens sista månad, i procent av de vuxna som fick bistånd någon av de månaderna.",
        IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months =>
            "Deltagare inskrivna på Jobbtorg tolv månader före periodens månader som avslutades till arbete eller studier inom tolv månader, i procent; återremitterade räknas inte.",
        IndicatorMeasure.EnrolmentDaysToWorkOrStudies =>
            "Genomsnittligt antal dagar från första besöket till avslut till arbete eller studier under perioden, för dem med bistånd mer än tio av de tolv månaderna före inskrivningen.",
        IndicatorMeasure.HouseholdsOnAid => "Hushåll med utbetalt bistånd, i genomsnitt per månad under periodens månader.",
        IndicatorMeasure.AdultsOnAid => "Vuxna i hushåll med utbetalt bistånd (två i ett par), i genomsnitt per månad under periodens månader.",
        IndicatorMeasure.CurrentIndividualPlanShare =>
            "Hushåll med bistånd periodens sista månad som då hade en gällande, individuell arbetsplan med delmål, i procent.",
        IndicatorMeasure.FollowUpsOnTimeShare =>
            "Biståndsmånader under perioden vars månadsuppföljning registrerades senast månadens sista dag, i procent.",
        IndicatorMeasure.JobPlansWithinFiveDaysShare =>
            "Första besök på Jobbtorg under perioden där jobbplanen registrerades inom fem arbetsdagar, i procent av dem med jobbplan eller passerad frist.",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    public const string InterventionDefinition =
        "Insatser vars deltagare avslutades till arbete eller studier inom sex respektive tolv månader från insatsens start, i procent, för insatser vars sex- eller tolvmånadersgräns infaller under perioden.";

    public static string Assessment(TargetAssessment assessment) => assessment switch
    {
        TargetAssessment.Met => "Uppfyllt",
        TargetAssessment.PartlyMet => "Delvis uppfyllt",
        TargetAssessment.NotMet => "Ej uppfyllt",
        _ => "Inget årsmål",
    };

    /// <summary>The summary's sentence for one measure: "Målet är delvis uppfyllt: 69,0 % mot årsmålet 66,0 %."</summary>
    public static string Sentence(TargetAssessment assessment, string figure, string target, bool hasFigure) => assessment switch
    {
        TargetAssessment.Met => $"Målet är uppfyllt: {figure} mot årsmålet {target}.",
        TargetAssessment.PartlyMet => $"Målet är delvis uppfyllt: {figure} mot årsmålet {target}.",
        TargetAssessment.NotMet => $"Målet är ej uppfyllt: {figure} mot årsmålet {target}.",
        _ when !hasFigure => "Underlag saknas för perioden.",
        _ => $"Inget årsmål är satt. Utfallet är {figure}.",
    };

    /// <summary>"Av 9 nyckeltal har 3 ett årsmål. Av dem är 1 uppfyllt, 1 delvis uppfyllt och 1 ej uppfyllt."</summary>
    public static string Overall(IReadOnlyCollection<TargetAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var assessed = assessments.Count(a => a != TargetAssessment.NotAssessed);
        if (assessed == 0)
        {
            return $"Inget av de {assessments.Count} nyckeltalen har ett årsmål för året.";
        }

        string Count(TargetAssessment a, string word)
        {
            var n = assessments.Count(x => x == a);
            return $"{n} {word}{(n == 1 ? "t" : "da")}";
        }

        return $"Av {assessments.Count} nyckeltal har {assessed} ett årsmål. Av dem är {Count(TargetAssessment.Met, "uppfyll")}, "
            + $"{Count(TargetAssessment.PartlyMet, "delvis uppfyll")} och {Count(TargetAssessment.NotMet, "ej uppfyll")}.";
    }

    /// <summary>"september–november 2026": the months the figures cover.</summary>
    public static string Months(IReadOnlyList<DateOnly> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var swedish = CultureInfo.GetCultureInfo(Localization.Cultures.Swedish);
        return months.Count switch
        {
            0 => string.Empty,
            1 => months[0].ToString("MMMM yyyy", swedish),
            _ => $"{months[0].ToString("MMMM", swedish)}–{months[^1].ToString("MMMM yyyy", swedish)}",
        };
    }
}
