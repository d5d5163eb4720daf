using CaseWork.Domain.Common;
using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Tests.Referrals;

public class JobCentreTests
{
    [Fact]
    public void Rename_TrimsTheNewName()
    {
        var centre = new JobCentre("Jobbtorg Kista");

        centre.Rename("  Jobbtorg Kista centrum ");

        centre.Name.ShouldBe("Jobbtorg Kista centrum");
    }

    [Fact]
    public void Rename_ToNothing_Throws()
    {
        var centre = new JobCentre("Jobbtorg Kista");

        Should.Throw<DomainException>(() => centre.Rename(" "));
        centre.Name.ShouldBe("Jobbtorg Kista");
    }
}
