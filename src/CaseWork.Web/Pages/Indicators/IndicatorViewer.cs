using CaseWork.Infrastructure.Indicators;

namespace CaseWork.Web.Pages.Indicators;

/// <summary>
/// What a dashboard reader may see: a manager their district (and other districts' figures to compare with, never
/// their cases), a unit head their unit.
/// </summary>
public sealed record IndicatorViewer(int? DistrictId, int? UnitId)
{
    public bool IsManager => UnitId is null;

    public static IndicatorViewer? From(ClaimsPrincipal user) =>
        Oversight.IndicatorsOf(user) is { } area ? new IndicatorViewer(area.DistrictId, area.UnitId) : null;

    /// <summary>The viewer's own area: the unit (with its district) or the district.</summary>
    public async Task<IndicatorArea> OwnAreaAsync(CaseWorkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (UnitId is { } unit)
        {
            var district = await db.Units.Where(u => u.Id == unit).Select(u => u.DistrictId).SingleAsync(cancellationToken);
            return new IndicatorArea(district, unit);
        }

        return new IndicatorArea(DistrictId!.Value);
    }

    /// <summary>Whether the viewer may open the cases behind a figure of <paramref name="area"/>.</summary>
    public bool MaySeeCasesOf(IndicatorArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return UnitId is { } unit ? area.UnitId == unit : area.DistrictId == DistrictId;
    }
}
