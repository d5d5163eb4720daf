using CaseWork.Domain.Access;

namespace CaseWork.Domain.Tests.Access;

public class AccessScopeTests
{
    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.UnitHead)]
    public void For_UnitRoles_SeeAndWriteTheirUnit(string role)
    {
        var scope = AccessScope.For([role], unitId: 7, districtId: 2);

        scope.CanWriteCases.ShouldBeTrue();
        scope.Covers(applicantUnitId: 7, applicantDistrictId: 2).ShouldBeTrue();
        scope.Covers(applicantUnitId: 8, applicantDistrictId: 2).ShouldBeFalse();
    }

    [Fact]
    public void For_Manager_ReadsTheWholeDistrictButCannotWrite()
    {
        var scope = AccessScope.For([Roles.Manager], unitId: null, districtId: 2);

        scope.CanWriteCases.ShouldBeFalse();
        scope.Covers(applicantUnitId: 8, applicantDistrictId: 2).ShouldBeTrue();
        scope.Covers(applicantUnitId: 9, applicantDistrictId: 3).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.JobbtorgCoach)]
    public void For_RolesWithoutCaseAccess_SeeNothing(string role)
    {
        var scope = AccessScope.For([role], unitId: 7, districtId: 2);

        scope.SeesCases.ShouldBeFalse();
        scope.Covers(applicantUnitId: 7, applicantDistrictId: 2).ShouldBeFalse();
    }

    [Fact]
    public void For_SocialWorkerWithoutUnit_SeesNothing() =>
        AccessScope.For([Roles.SocialWorker], unitId: null, districtId: null).ShouldBe(AccessScope.None);
}
