using System.Text.Json;
using CaseWork.Infrastructure.Records;
using CaseWork.Web.Pages.Admin.Retention;

namespace CaseWork.Web.Pages.Admin.Records;

/// <summary>
/// The record extract (registerutdrag) of one person: everything CaseWork holds on them, printable, and the same as a
/// JSON file. A Swedish document whatever the user's language. The person is addressed by id, never by personnummer
/// (URLs end up in logs). Both the print and the file are written to the audit log. The route names the person
/// "personId", not "applicantId": administrators have no case scope, so the case-scope filter would refuse them.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[SwedishDocument]
public class ExtractModel(RecordExtractQuery query, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid PersonId { get; set; }

    public RecordExtract Extract { get; private set; } = null!;

    public string Name { get; private set; } = string.Empty;

    public string Pin { get; private set; } = string.Empty;

    public DateTimeOffset ProducedAt { get; private set; }

    public string ProducedBy { get; private set; } = string.Empty;

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public IReadOnlyList<Access> AccessLog { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ReadAsync(cancellationToken))
        {
            return NotFound();
        }

        await audit.WriteAsync(AuditAction.RecordExtractProduced, PersonId, "print", cancellationToken);
        var formatter = new ExtractFormatter(localizer, Extract);
        Sections = Extract.Tables
            .Select(t => new Section(t.Name, RetentionTables.Name(localizer, t.Name), t.Rows.EnumerateArray().Select(row => formatter.Row(t.Name, row)).ToList()))
            .ToList();
        AccessLog = Extract.AccessLog.EnumerateArray().Select(ReadAccess).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        if (!await ReadAsync(cancellationToken))
        {
            return NotFound();
        }

        await audit.WriteAsync(AuditAction.RecordExtractProduced, PersonId, "json file", cancellationToken);
        return ExtractFile.For(Extract, ProducedAt, User.Identity!.Name!, ProducedBy);
    }

    private async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (await query.ReadAsync(PersonId, cancellationToken) is not { } extract)
        {
            return false;
        }

        Extract = extract;
        Name = ApplicantDisplayName.Of(extract.Person.FirstName, extract.Person.LastName);
        Pin = PersonalIdentityNumber.FromStored(extract.Person.PersonalIdentityNumber).ToString();
        ProducedAt = clock.GetUtcNow();
        ProducedBy = User.FindFirstValue(CaseWorkClaimTypes.DisplayName) ?? User.Identity!.Name!;
        return true;
    }

    private Access ReadAccess(JsonElement row)
    {
        var userId = row.GetProperty("user_id").GetString();
        var userName = row.GetProperty("user_name").GetString()!;
        var action = row.GetProperty("action").GetString()!;
        return new Access(
            row.GetProperty("occurred_at").GetDateTimeOffset(),
            (userId is null ? null : Extract.Names.User(userId)) ?? Extract.Names.User(userName),
            userName,
            Enum.TryParse<AuditAction>(action, out var known) ? localizer.Text(known) : action,
            row.GetProperty("detail").GetString());
    }

    /// <summary>One table of the file: its heading and its rows.</summary>
    public sealed record Section(string Table, string Heading, IReadOnlyList<ExtractGroup> Rows);

    /// <summary>One entry of the access log: who read or changed the file, when, and what they did.</summary>
    public sealed record Access(DateTimeOffset OccurredAt, string? UserDisplayName, string UserName, string Action, string? Detail);
}
