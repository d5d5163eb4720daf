namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>One dated step of the enrolment as a form of its own: a date and a button posting to its handler.</summary>
public sealed record DateStepForm(string Handler, string Field, string Label, string? Value, string Button, uint Version);
