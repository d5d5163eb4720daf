namespace CaseWork.Infrastructure.Persistence;

/// <summary>
/// The aid-paid rule for raw SQL that cannot use <c>LongTermAidRule.PaidBetween</c>: the decisions stored (as text)
/// for a month in which aid was paid. <c>AidPaidSqlTests</c> checks it against <c>LongTermAidRule.CountsAsAid</c>.
/// </summary>
public static class AidPaidSql
{
    /// <summary>For <c>decision IN {Decisions}</c>.</summary>
    public const string Decisions = "('Granted', 'Reduced')";
}
