using CaseWork.Web.Pages.Indicators;
using Shouldly;

namespace CaseWork.Web.Tests.Indicators;

public class TertialReportTextTests
{
    [Theory]
    [InlineData("Hägersten-Liljeholmen", "Hägersten-Liljeholmens")]
    [InlineData("Skärholmen", "Skärholmens")]
    [InlineData("Spånga-Tensta", "Spånga-Tensta")]
    [InlineData("Älvsjö", "Älvsjö")]
    [InlineData("Rinkeby-Kista", "Rinkeby-Kista")]
    public void DistrictNames_TakeTheGenitiveOfTheCitysReports(string name, string genitive) =>
        TertialReportText.Genitive(name).ShouldBe(genitive);

    [Fact]
    public void Overall_CountsTheTargets_InSwedishSingularAndPlural()
    {
        TertialReportText.Overall([Domain.Indicators.TargetAssessment.Met, Domain.Indicators.TargetAssessment.Met, Domain.Indicators.TargetAssessment.NotMet, Domain.Indicators.TargetAssessment.NotAssessed])
            .ShouldBe("Av 4 nyckeltal har 3 ett årsmål. Av dem är 2 uppfyllda, 0 delvis uppfyllda och 1 ej uppfyllt.");
    }
}
