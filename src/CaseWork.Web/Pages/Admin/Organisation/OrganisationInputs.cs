namespace CaseWork.Web.Pages.Admin.Organisation;

/// <summary>A new district, as the organisation page posts it.</summary>
public sealed record DistrictInput([property: Display(Name = "New district")] string? DistrictName);

/// <summary>A new unit of a district.</summary>
public sealed record UnitInput(int? UnitDistrictId, [property: Display(Name = "New unit")] string? UnitName);

/// <summary>A new group of a unit.</summary>
public sealed record GroupInput(int? GroupUnitId, [property: Display(Name = "New group")] string? GroupName);
