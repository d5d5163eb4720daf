using System.Globalization;
using System.Text;

namespace CaseWork.Domain.WorkPlans;

/// <summary>
/// Computes the quality signals of an applicant's plan. A goal is generic when, once the configured generic phrases
/// ("bli självförsörjande", "få ett arbete" …) and filler words are taken out, too little of it is left to be
/// individual.
/// </summary>
public sealed class PlanQualityRules(PlanQualityOptions options)
{
    public static readonly IReadOnlySet<string> FillerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "att", "och", "en", "ett", "i", "på", "som", "med", "för", "till", "av", "genom", "inom", "så", "snart", "möjligt", "kunna",
    };

    public PlanQualityOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The unit's own list when one is configured, else the built-in one.</summary>
    public IReadOnlyList<string> GenericPhrases => Options.GenericPhrases.Count > 0 ? Options.GenericPhrases : PlanQualityOptions.DefaultGenericPhrases;

    public bool IsGenericGoal(string? goal)
    {
        var text = Normalize(goal);
        if (text.Length < Options.MinimumGoalLength)
        {
            return true;
        }

        foreach (var phrase in GenericPhrases.Select(Normalize).Where(p => p.Length > 0).OrderByDescending(p => p.Length))
        {
            text = text.Replace(phrase, " ", StringComparison.Ordinal);
        }

        var remainder = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !FillerWords.Contains(w)));
        return remainder.Length < Options.MinimumIndividualPart;
    }

    /// <summary>The signals for content not yet agreed (a draft in the editor), whose follow-up date is its own.</summary>
    public IReadOnlyList<PlanQualitySignal> Evaluate(PlanContent? plan, PlanSituation situation) =>
        Evaluate(plan, plan?.NextFollowUp, situation);

    /// <summary>
    /// The signals for a plan's content (null when the applicant has no active plan) and the plan's next follow-up
    /// (<see cref="WorkPlan.NextFollowUpOn"/>, which follow-ups move on after the version was agreed).
    /// </summary>
    public IReadOnlyList<PlanQualitySignal> Evaluate(PlanContent? plan, DateOnly? nextFollowUpOn, PlanSituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var signals = new List<PlanQualitySignal>();
        if (!situation.HasSignedInvestigation)
        {
            signals.Add(PlanQualitySignal.NoSignedInvestigation);
        }

        if (plan is null)
        {
            if (situation.ReceivingAid)
            {
                signals.Add(PlanQualitySignal.NoActivePlanWhileReceivingAid);
            }

            return signals;
        }

        if (IsGenericGoal(plan.Goal))
        {
            signals.Add(PlanQualitySignal.GenericGoal);
        }

        if (plan.Subgoals.Count == 0)
        {
            signals.Add(PlanQualitySignal.NoSubgoal);
        }
        else if (plan.Subgoals.Any(s => s.TargetDate is null || string.IsNullOrWhiteSpace(s.Criterion)))
        {
            signals.Add(PlanQualitySignal.SubgoalWithoutTargetDateOrCriterion);
        }

        if (nextFollowUpOn is null)
        {
            signals.Add(PlanQualitySignal.NoNextFollowUp);
        }
        else if (nextFollowUpOn < situation.Today)
        {
            signals.Add(PlanQualitySignal.FollowUpOverdue);
        }

        if (plan.ValidTo < situation.Today)
        {
            signals.Add(PlanQualitySignal.PlanExpired);
        }

        return signals;
    }

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLower(CultureInfo.GetCultureInfo("sv-SE")))
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>Configurable: the unit's list of generic phrases and how long an individual goal must be.</summary>
public sealed class PlanQualityOptions
{
    /// <summary>Replaces the built-in list when given (configuration adds to a list, so the defaults live apart).</summary>
    public IReadOnlyList<string> GenericPhrases { get; init; } = [];

    public static IReadOnlyList<string> DefaultGenericPhrases { get; } =
    [
        "bli självförsörjande", "självförsörjning", "få ett arbete", "få arbete", "få jobb", "få ett jobb", "komma ut på arbetsmarknaden",
        "komma i arbete", "bli självständig", "egen försörjning", "arbete eller studier", "gå vidare till arbete",
    ];

    /// <summary>A goal shorter than this (in characters) is not individual.</summary>
    public int MinimumGoalLength { get; init; } = 20;

    /// <summary>What must remain, in characters, once generic phrases and filler words are taken out.</summary>
    public int MinimumIndividualPart { get; init; } = 15;

    /// <summary>The default length of a new plan.</summary>
    public int DefaultPlanMonths { get; init; } = 6;
}

/// <summary>The facts around a plan that the signals depend on.</summary>
public sealed record PlanSituation(DateOnly Today, bool ReceivingAid, bool HasSignedInvestigation);
