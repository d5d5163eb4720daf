using CaseWork.Domain.Access;

namespace CaseWork.Domain.Tests.Access;

public class TwoFactorRoleTests
{
    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.LogChecker)]
    public void RequiresTwoFactor_ForRolesThatSeeTheWholeOrganisationOrTheLog(string role) =>
        Roles.RequiresTwoFactor(role).ShouldBeTrue();

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.UnitHead)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.JobbtorgCoach)]
    public void RequiresTwoFactor_NotForCaseworkRoles_WhoMayChooseIt(string role) =>
        Roles.RequiresTwoFactor(role).ShouldBeFalse();
}
