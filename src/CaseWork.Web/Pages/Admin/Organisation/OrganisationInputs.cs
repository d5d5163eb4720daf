namespace CaseWork.Web.Pages.Admin.Organisation;

/// <summary>A new district, as the organisation page posts it.</summary>
public sealed record DistrictInput(string? DistrictName);

/// <summary>A new unit of a district.</summary>
public sealed record UnitInput(int? UnitDistrictId, string? UnitName);

/// <summary>A new group of a unit.</summary>
public sealed record GroupInput(int? GroupUnitId, string? GroupName);
