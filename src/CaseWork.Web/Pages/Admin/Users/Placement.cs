using CaseWork.Domain.Access;
using CaseWork.Infrastructure.Identity;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseWork.Web.Pages.Admin.Users;

/// <summary>Where a user sits in the organisation, by role: a unit, a district (managers) or the city (administrators).</summary>
public sealed class Placement(CaseWorkDbContext db, IStringLocalizer<SharedResource> localizer)
{
    public async Task<bool> ApplyAsync(AppUser user, UserInput input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        user.UnitId = null;
        user.DistrictId = null;
        user.GroupId = null;
        if (Roles.BelongsToUnit(input.Role!))
        {
            var unitId = int.Parse(input.UnitId!, System.Globalization.CultureInfo.InvariantCulture);
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
            if (unit is null)
            {
                modelState.AddModelError("Input.UnitId", localizer["Choose the unit the person works in."]);
                return false;
            }

            user.UnitId = unit.Id;
            user.DistrictId = unit.DistrictId;
        }
        else if (input.Role == Roles.Manager)
        {
            var districtId = int.Parse(input.DistrictId!, System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.Districts.AnyAsync(d => d.Id == districtId, cancellationToken))
            {
                modelState.AddModelError("Input.DistrictId", localizer["Choose the district the manager leads."]);
                return false;
            }

            user.DistrictId = districtId;
        }

        return true;
    }

    public async Task<(List<SelectListItem> Units, List<SelectListItem> Districts)> OptionsAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var groups = districts.ToDictionary(d => d.Id, d => new SelectListGroup { Name = d.Name });
        return (
            units.Select(u => new SelectListItem(u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Group = groups[u.DistrictId] })
                .OrderBy(i => i.Group.Name, StringComparer.Ordinal).ToList(),
            districts.Select(d => new SelectListItem(d.Name, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
    }
}
