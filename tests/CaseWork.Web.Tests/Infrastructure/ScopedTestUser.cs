using CaseWork.Domain.Access;
using CaseWork.Infrastructure.Access;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>A user with a given scope, for reading the database as that user would.</summary>
public sealed record ScopedTestUser(AccessScope Scope, string UserName = "test") : ICurrentUser
{
    public string? UserId => null;
}
