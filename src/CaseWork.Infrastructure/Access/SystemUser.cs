namespace CaseWork.Infrastructure.Access;

/// <summary>Start-up work (migrations, seeding): no case scope, so it must ask for unfiltered queries explicitly.</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;

    public string UserName => "system";

    public AccessScope Scope => AccessScope.None;
}
