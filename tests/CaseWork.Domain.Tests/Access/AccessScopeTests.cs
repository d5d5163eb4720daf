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
        scope.UnitId.ShouldBe(7);
        scope.DistrictId.ShouldBeNull(); // the unit, not the whole district
    }

    [Fact]
    public void For_Manager_ReadsTheWholeDistrictButCannotWrite()
    {
        var scope = AccessScope.For([Roles.Manager], unitId: null, districtId: 2);

        scope.CanWriteCases.ShouldBeFalse();
        scope.SeesCases.ShouldBeTrue();
        scope.UnitId.ShouldBeNull();
        scope.DistrictId.ShouldBe(2);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.JobbtorgCoach)]
    public void For_RolesWithoutCaseAccess_SeeNothing(string role)
    {
        var scope = AccessScope.For([role], unitId: 7, districtId: 2);

        scope.ShouldBe(AccessScope.None);
        scope.SeesCases.ShouldBeFalse();
    }

    [Fact]
    public void For_CoachAtAJobCentre_SeesNoCaseFileButTheirJobCentre()
    {
        var scope = AccessScope.For([Roles.JobbtorgCoach], unitId: null, districtId: null, jobCentreId: 3);

        scope.SeesCases.ShouldBeFalse();
        scope.CanWriteCases.ShouldBeFalse();
        scope.IsCoach.ShouldBeTrue();
        scope.JobCentreId.ShouldBe(3);
    }

    [Fact]
    public void For_SocialWorkerWithoutUnit_SeesNothing() =>
        AccessScope.For([Roles.SocialWorker], unitId: null, districtId: null).ShouldBe(AccessScope.None);

    [Fact]
    public void For_Plans_AreWrittenBySocialWorkers_AndReadByUnitHeads()
    {
        AccessScope.For([Roles.SocialWorker], unitId: 7, districtId: 2).CanWritePlans.ShouldBeTrue();
        AccessScope.For([Roles.UnitHead], unitId: 7, districtId: 2).CanWritePlans.ShouldBeFalse();
        AccessScope.For([Roles.Manager], unitId: null, districtId: 2).CanWritePlans.ShouldBeFalse();
    }
}
