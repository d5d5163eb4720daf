using System.Globalization;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.WorkPlans;

/// <summary>Plan editor form fields as a browser posts them.</summary>
internal static class PlanForms
{
    public static DateOnly Today => AppTime.Today;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Plan(string goal, int subgoals = 2, string? reason = null, uint version = 0, DateOnly? firstTarget = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.ValidFrom"] = Iso(Today),
            ["Input.ValidTo"] = Iso(Today.AddMonths(6)),
            ["Input.NextFollowUp"] = Iso(Today.AddMonths(1)),
            ["Input.Goal"] = goal,
            ["Input.Requirements"] = "Söka sex arbeten i månaden\nDelta på Jobbtorg varje dag",
            ["Input.Support"] = "Jobbcoach",
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < subgoals; i++)
        {
            form[$"Input.Subgoals[{i}].What"] = $"Delmål {i + 1}";
            form[$"Input.Subgoals[{i}].Criterion"] = $"Kriterium {i + 1}";
            form[$"Input.Subgoals[{i}].TargetDate"] = Iso(i == 0 && firstTarget is { } t ? t : Today.AddMonths(2 + i));
            form[$"Input.Subgoals[{i}].Status"] = "InProgress";
            form[$"Input.Subgoals[{i}].Activities[0].What"] = $"Aktivitet {i + 1}";
            form[$"Input.Subgoals[{i}].Activities[0].Who"] = "Applicant";
        }

        if (reason is not null)
        {
            form["Input.Reason"] = reason;
        }

        return form;
    }
}
