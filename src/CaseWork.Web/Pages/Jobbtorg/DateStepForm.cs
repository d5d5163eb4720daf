namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>
/// One dated step of the enrolment as a form of its own: a date and a button posting to its handler; a job plan's step
/// also takes what the plan says (<see cref="Content"/>).
/// </summary>
public sealed record DateStepForm(string Handler, string Field, string Label, string? Value, string Button, uint Version, StepContent? Content = null);

/// <summary>The free text that goes with a step, limited as the domain limits it.</summary>
public sealed record StepContent(string Field, string Label, string? Value, int MaxLength);
