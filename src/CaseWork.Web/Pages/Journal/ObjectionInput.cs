namespace CaseWork.Web.Pages.Journal;

/// <summary>The applicant's objection to a signed note, as the note page posts it (its fields sit beside the note's).</summary>
public sealed record ObjectionInput(string? ObjectionText, [property: Display(Name = "Made on")] string? ObjectionReceivedOn);
