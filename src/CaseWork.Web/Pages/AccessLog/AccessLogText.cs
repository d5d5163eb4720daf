using CaseWork.Web.Exports;

namespace CaseWork.Web.Pages.AccessLog;

/// <summary>The access log in words: a row's alerts and purpose, the search described, and the export's table.</summary>
public static class AccessLogText
{
    /// <summary>Why the entry's reader read: the purpose, with the stated reason and its text; the people a list showed.</summary>
    public static string Purpose(AccessLogRow row, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(localizer);
        var purpose = row.Purpose switch
        {
            null => null,
            ReadPurpose.StatedReason when row.Reason is { } reason =>
                $"{localizer.Text(ReadPurpose.StatedReason)}: {localizer.Text(reason)}{(row.ReasonText is null ? null : " – " + row.ReasonText)}",
            { } other => localizer.Text(other),
        };
        var shown = row.PeopleShown > 0 ? localizer["{0} people shown", row.PeopleShown].Value : null;
        return string.Join("; ", new[] { purpose, shown }.Where(t => t is not null));
    }

    public static string Alerts(AccessAlerts alerts, IStringLocalizer localizer) =>
        string.Join(", ", Enum.GetValues<AccessAlerts>().Where(a => a != AccessAlerts.None && alerts.HasFlag(a)).Select(a => localizer.Text(a)));

    /// <summary>The search as words, for the check's record; never the personnummer.</summary>
    public static string Describe(string? who, bool oneApplicant, AccessKind? kind, bool flaggedOnly, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        List<string> parts =
        [
            .. string.IsNullOrWhiteSpace(who) ? [] : new[] { localizer["User “{0}”", who.Trim()].Value },
            .. oneApplicant ? new[] { localizer["One applicant"].Value } : [],
            .. kind is { } k ? new[] { localizer.Text(k) } : [],
            .. flaggedOnly ? new[] { localizer["Flagged only"].Value } : [],
        ];
        return parts.Count == 0 ? localizer["All entries"] : string.Join(", ", parts);
    }

    /// <summary>The entries as an export, titled with the area and period, and when it was taken (Swedish time).</summary>
    public static ExportTable Table(IReadOnlyList<AccessLogRow> rows, IStringLocalizer localizer, string areaName, AccessLogCriteria criteria, DateTimeOffset takenAt)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(criteria);
        return new ExportTable(
            $"{localizer["Access log"]} – {areaName} – {criteria.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}–{criteria.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            [new(localizer["Time"]), new(localizer["User"]), new(localizer["Name"]), new(localizer["Access"]), new(localizer["Applicant"]),
             new(localizer["Personal identity number"]), new(localizer["Flagged"]), new(localizer["Purpose"]), new(localizer["Detail"])],
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.OccurredAt.InSweden().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.UserName, r.UserDisplayName,
                localizer.Text(r.Action), r.ApplicantName ?? (r.ApplicantId is null ? null : localizer["Deleted record"].Value),
                r.PersonalIdentityNumber is { } pin ? PersonalIdentityNumber.FromStored(pin).ToString() : null, Alerts(r.Alerts, localizer),
                Purpose(r, localizer), r.Detail,
            ]).ToList())
        {
            Subtitle = localizer["Taken out {0}.", takenAt.InSweden().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
            SheetName = localizer["Access log"],
        };
    }
}
