using System.Linq.Expressions;

namespace CaseWork.Domain.Applicants;

/// <summary>
/// The case page's long-term rule: aid paid in at least 10 of the 12 months ending with the current month.
/// (The yearly statistics count calendar years instead; docs/indicators.md says which figure uses which.)
/// </summary>
public static class LongTermAidRule
{
    public const int WindowMonths = 12;
    public const int ThresholdMonths = 10;

    /// <summary>
    /// Aid is paid when the month's decision grants it in full or reduced; a refusal pays nothing. The one statement
    /// of the rule: <see cref="CountsAsAid"/> and <see cref="PaidBetween"/> use it, and the raw SQL that must restate it
    /// (Infrastructure's <c>AidPaidSql</c>) is checked against it by a test.
    /// </summary>
    private static readonly Expression<Func<AidDecision, bool>> PaidDecision = d => d == AidDecision.Granted || d == AidDecision.Reduced;

    private static readonly Func<AidDecision, bool> IsPaid = PaidDecision.Compile();

    public static bool CountsAsAid(AidDecision decision) => IsPaid(decision);

    /// <summary>First and last month (first day of each) of the window that ends with <paramref name="today"/>'s month.</summary>
    public static (DateOnly From, DateOnly To) WindowEndingIn(DateOnly today)
    {
        var to = new DateOnly(today.Year, today.Month, 1);
        return (to.AddMonths(-(WindowMonths - 1)), to);
    }

    /// <summary>The months with aid paid from <paramref name="from"/> to <paramref name="to"/>, for database queries.</summary>
    public static Expression<Func<AidMonth, bool>> PaidBetween(DateOnly from, DateOnly to)
    {
        Expression<Func<AidMonth, bool>> inWindow = m => m.Month >= from && m.Month <= to;
        var month = inWindow.Parameters[0];
        var paid = new ReplaceParameter(PaidDecision.Parameters[0], Expression.Property(month, nameof(AidMonth.Decision))).Visit(PaidDecision.Body);
        return Expression.Lambda<Func<AidMonth, bool>>(Expression.AndAlso(inWindow.Body, paid), month);
    }

    /// <summary>"Receiving aid" (for the plan signals): aid paid this month or last; this is the first month that counts.</summary>
    public static DateOnly ReceivingAidFrom(DateOnly today) => WindowEndingIn(today).To.AddMonths(-1);

    public static int AidMonthsInWindow(IEnumerable<AidMonth> months, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(months);
        var (from, to) = WindowEndingIn(today);
        return months.Where(m => m.Month >= from && m.Month <= to && m.AidPaid).Select(m => m.Month).Distinct().Count();
    }

    public static bool IsLongTerm(IEnumerable<AidMonth> months, DateOnly today) =>
        AidMonthsInWindow(months, today) >= ThresholdMonths;

    private sealed class ReplaceParameter(ParameterExpression parameter, Expression by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? by : base.VisitParameter(node);
    }
}
