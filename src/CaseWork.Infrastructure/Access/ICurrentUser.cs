namespace CaseWork.Infrastructure.Access;

/// <summary>The person on whose behalf the database is read or written. Decides the scope of every case query.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string UserName { get; }

    AccessScope Scope { get; }
}
