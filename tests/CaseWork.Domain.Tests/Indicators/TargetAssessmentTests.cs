using CaseWork.Domain.Indicators;

namespace CaseWork.Domain.Tests.Indicators;

public class TargetAssessmentTests
{
    [Theory]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, 65.9, 66, TargetAssessment.Met)]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, 66, 66, TargetAssessment.Met)]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, 72.6, 66, TargetAssessment.PartlyMet)]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, 72.7, 66, TargetAssessment.NotMet)]
    [InlineData(IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months, 55.6, 55.6, TargetAssessment.Met)]
    [InlineData(IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months, 50.1, 55.6, TargetAssessment.PartlyMet)]
    [InlineData(IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months, 50.0, 55.6, TargetAssessment.NotMet)]
    public void AMissOfAtMostATenthOfTheTarget_IsPartlyMet_WhicheverWayIsBetter(IndicatorMeasure measure, decimal actual, decimal target, TargetAssessment expected) =>
        measure.Assess(actual, target).ShouldBe(expected);

    [Fact]
    public void ATargetOfZero_IsMetOnlyByZero()
    {
        IndicatorMeasure.HouseholdsOnAid.Assess(0, 0).ShouldBe(TargetAssessment.Met);
        IndicatorMeasure.HouseholdsOnAid.Assess(1, 0).ShouldBe(TargetAssessment.NotMet);
    }

    [Fact]
    public void WithoutATargetOrAFigure_NothingIsAssessed()
    {
        IndicatorMeasure.HouseholdsOnAid.Assess(120, null).ShouldBe(TargetAssessment.NotAssessed);
        IndicatorMeasure.HouseholdsOnAid.Assess(null, 100).ShouldBe(TargetAssessment.NotAssessed);
    }
}
