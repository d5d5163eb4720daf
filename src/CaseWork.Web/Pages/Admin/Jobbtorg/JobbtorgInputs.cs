namespace CaseWork.Web.Pages.Admin.Jobbtorg;

/// <summary>A Jobbtorg office's name, new or renamed.</summary>
public sealed record JobCentreInput(string? Name);

/// <summary>A district's number of Jobbtorg Resurs places, as typed.</summary>
public sealed record PlacesInput(string? Places);

/// <summary>An entry of the intervention catalogue, new or changed.</summary>
public sealed record CatalogueEntryInput(string? Name, InterventionCategory? Category);
