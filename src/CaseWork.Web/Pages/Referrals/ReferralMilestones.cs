using System.Linq.Expressions;

namespace CaseWork.Web.Pages.Referrals;

/// <summary>Where a referral stands, as the referral page and the coach's list read it: its programme, its dates, and the status and job-plan deadline that follow from them.</summary>
public abstract class ReferralMilestones
{
    public ReferralProgram Program { get; init; }

    public DateOnly SentOn { get; init; }

    public DateOnly? ReceivedOn { get; init; }

    public DateOnly? FirstVisitOn { get; init; }

    public DateOnly? JobPlanOn { get; init; }

    public DateOnly? JobPlanDueOn { get; init; }

    public DateOnly? DeeperJobPlanOn { get; init; }

    public DateOnly? JointFollowUpOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public DateOnly? PlaceGrantedOn { get; init; }

    public ReferralStatus Status => Referral.ReferralStatusOf(ClosedOn, FirstVisitOn, ReceivedOn, Program, PlaceGrantedOn);

    public bool IsJobPlanLate(DateOnly today) => FirstVisitOn is { } first && JobPlanDeadline.IsJobPlanLate(first, JobPlanOn, today);
}

/// <summary>The one list of a referral's milestone columns, for every query that reads a <see cref="ReferralMilestones"/>.</summary>
public static class ReferralMilestoneColumns
{
    /// <summary>
    /// Projects each row into <typeparamref name="TView"/>: the bindings <paramref name="view"/> makes, and every property
    /// of <see cref="ReferralMilestones"/> read from the same-named column of the row's <paramref name="referral"/>.
    /// </summary>
    public static IQueryable<TView> SelectWithMilestones<TSource, TView>(
        this IQueryable<TSource> query, Expression<Func<TSource, Referral>> referral, Expression<Func<TSource, TView>> view)
        where TView : ReferralMilestones
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(view);
        var row = view.Parameters[0];
        var source = new Rebind(referral.Parameters[0], row).Visit(referral.Body);
        var init = (MemberInitExpression)view.Body;
        var milestones = typeof(ReferralMilestones).GetProperties()
            .Where(p => p.CanWrite)
            .Select(p => Expression.Bind(p, Expression.Property(source, typeof(Referral).GetProperty(p.Name)!)));
        return query.Select(Expression.Lambda<Func<TSource, TView>>(Expression.MemberInit(init.NewExpression, init.Bindings.Concat(milestones)), row));
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
