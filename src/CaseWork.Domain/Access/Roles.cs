namespace CaseWork.Domain.Access;

public static class Roles
{
    public const string SocialWorker = nameof(SocialWorker);
    public const string UnitHead = nameof(UnitHead);
    public const string Manager = nameof(Manager);
    public const string JobbtorgCoach = nameof(JobbtorgCoach);
    public const string Administrator = nameof(Administrator);

    /// <summary>Appointed by the administrator to check a district's access log (loggkontroll); sees no case files.</summary>
    public const string LogChecker = nameof(LogChecker);

    public static IReadOnlyList<string> All { get; } = [SocialWorker, UnitHead, Manager, JobbtorgCoach, Administrator, LogChecker];

    /// <summary>Roles placed in a unit; managers and log checkers are placed in a district, coaches at a Jobbtorg, administrators in the city.</summary>
    public static bool BelongsToUnit(string role) => role is SocialWorker or UnitHead;

    /// <summary>Roles that see the whole organisation or its access log must sign in with an authenticator app as well.</summary>
    public static bool RequiresTwoFactor(string role) => role is Administrator or LogChecker;
}
