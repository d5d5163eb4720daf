using CaseWork.Benchmarks.Harness;

namespace CaseWork.Benchmarks.Measures;

/// <summary>Every measure of a run, in report order. A new measure is one class here and one line below.</summary>
public static class MeasureList
{
    public static IReadOnlyList<Measure> All() =>
    [
        new ApplicantListFirstPage(),
        new ApplicantListNextPage(),
        new CasePage(),
        new IndicatorRead(),
        new CasesBehindFigure(),
        new SummaryRefresh(),
        new SummaryRefreshIncremental(),
        new HelpPage(),
        new DueList(),
        new PhraseBank(),
        new ReviewDetails(),
        new ReviewPrint(),
        new ReviewsIndex(),
        new ApplicantSearchByName(),
        new ApplicantSearchByBirthDate(),
        new AccessLogMonth(),
        new AccessLogFlaggedYear(),
        new CoachParticipants(),
        new ReferralList(district: false),
        new ReferralList(district: true),
        new PlanHistory(),
        new RetentionDryRun(),
        new RecordExtract(),
    ];
}
