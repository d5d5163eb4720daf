using Microsoft.AspNetCore.Mvc.ModelBinding;

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
        user.JobCentreId = null;
        if (Roles.BelongsToUnit(input.Role!))
        {
            var unitId = FormValues.Whole(input.UnitId)!.Value;
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
            if (unit is null)
            {
                modelState.AddModelError("Input.UnitId", localizer["Choose the unit the person works in."]);
                return false;
            }

            user.UnitId = unit.Id;
            user.DistrictId = unit.DistrictId;
            if (FormValues.Whole(input.GroupId) is { } groupId)
            {
                if (!await db.WorkGroups.AnyAsync(g => g.Id == groupId && g.UnitId == unit.Id, cancellationToken))
                {
                    modelState.AddModelError("Input.GroupId", localizer["Choose a group of the chosen unit, or none."]);
                    return false;
                }

                user.GroupId = groupId;
            }
        }
        else if (input.Role is Roles.Manager or Roles.LogChecker)
        {
            var districtId = FormValues.Whole(input.DistrictId)!.Value;
            if (!await db.Districts.AnyAsync(d => d.Id == districtId, cancellationToken))
            {
                modelState.AddModelError("Input.DistrictId", localizer[input.Role == Roles.Manager ? "Choose the district the manager leads." : "Choose the district whose access log the person checks."]);
                return false;
            }

            user.DistrictId = districtId;
        }
        else if (input.Role == Roles.JobbtorgCoach)
        {
            var jobCentreId = FormValues.Whole(input.JobCentreId)!.Value;
            if (!await db.JobCentres.AnyAsync(c => c.Id == jobCentreId, cancellationToken))
            {
                modelState.AddModelError("Input.JobCentreId", localizer["Choose the Jobbtorg the coach works at."]);
                return false;
            }

            user.JobCentreId = jobCentreId;
        }

        return true;
    }

    public async Task<PlacementOptions> OptionsAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var groups = await db.WorkGroups.AsNoTracking().OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var jobCentres = await db.JobCentres.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var byDistrict = districts.ToDictionary(d => d.Id, d => new SelectListGroup { Name = d.Name });
        var byUnit = units.ToDictionary(u => u.Id, u => new SelectListGroup { Name = u.Name });
        return new PlacementOptions(
            units.Select(u => new SelectListItem(u.Name, Text(u.Id)) { Group = byDistrict[u.DistrictId] })
                .OrderBy(i => i.Group.Name, StringComparer.Ordinal).ToList(),
            groups.Select(g => new SelectListItem($"{g.Name} ({localizer.Text(g.Kind)})", Text(g.Id)) { Group = byUnit[g.UnitId] })
                .OrderBy(i => i.Group.Name, StringComparer.Ordinal).ToList(),
            districts.Select(d => new SelectListItem(d.Name, Text(d.Id))).ToList(),
            jobCentres.Select(c => new SelectListItem(c.Name, Text(c.Id))).ToList());
    }

    private static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record PlacementOptions(List<SelectListItem> Units, List<SelectListItem> Groups, List<SelectListItem> Districts, List<SelectListItem> JobCentres)
{
    public static PlacementOptions Empty { get; } = new([], [], [], []);
}
