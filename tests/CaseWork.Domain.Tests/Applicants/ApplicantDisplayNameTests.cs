using CaseWork.Domain.Applicants;

namespace CaseWork.Domain.Tests.Applicants;

public class ApplicantDisplayNameTests
{
    [Fact]
    public void Of_IsFirstNameSpaceLastName() => ApplicantDisplayName.Of("Anna", "Svensson").ShouldBe("Anna Svensson");

    [Fact]
    public void Display_ForQueries_GivesTheSameName()
    {
        var applicant = ApplicantFactory.Create();

        ApplicantDisplayName.Display.Compile()(applicant).ShouldBe(ApplicantDisplayName.Of(applicant.FirstName, applicant.LastName));
    }
}
