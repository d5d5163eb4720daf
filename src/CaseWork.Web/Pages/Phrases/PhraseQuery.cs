namespace CaseWork.Web.Pages.Phrases;

/// <summary>A phrase as the list shows it.</summary>
public sealed record ListedPhrase(Guid Id, string Title, string Text, PhraseUse Use, bool IsUnitPhrase, int UsageCount, DateTimeOffset ChangedAt);

/// <summary>A phrase as the picker offers it, its text already filled from the case.</summary>
public sealed record OfferedPhrase(Guid Id, string Title, string Text);

/// <summary>A position in the phrase list's order (title, id), carried in the URL for keyset paging.</summary>
public sealed record PhraseListCursor(string Title, Guid Id)
{
    public string Encode() => KeysetCursor.Encode(Title, KeysetCursor.Field(Id));

    public static PhraseListCursor? Decode(string? value) =>
        KeysetCursor.Decode(value, 2) is { } f && KeysetCursor.TryId(f[1], out var id) ? new PhraseListCursor(f[0], id) : null;
}

/// <summary>
/// The reads of the phrase bank. The query filter already limits them to the user's unit's phrases and their own.
/// </summary>
public static class PhraseQuery
{
    public const int PageSize = 50;

    /// <summary>At most this many phrases are offered beside a text; the most used come first.</summary>
    public const int PickerSize = 200;

    public static async Task<KeysetPage<ListedPhrase>> ListAsync(CaseWorkDbContext db, string? after, string? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Phrases.AsNoTracking();
        var position = KeysetPosition.Read(after, before, PhraseListCursor.Decode);
        if (position.After is { } from)
        {
            query = query.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.Title, p.Id), ValueTuple.Create(from.Title, from.Id)));
        }
        else if (position.Before is { } to)
        {
            query = query.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.Title, p.Id), ValueTuple.Create(to.Title, to.Id)));
        }

        var ordered = !position.MovingBack ? query.OrderBy(p => p.Title).ThenBy(p => p.Id) : query.OrderByDescending(p => p.Title).ThenByDescending(p => p.Id);
        var rows = await ordered.Take(PageSize + 1)
            .Select(p => new ListedPhrase(p.Id, p.Title, p.Text, p.Use, p.OwnerId == null, p.UsageCount, p.ChangedAt))
            .ToListAsync(cancellationToken);
        return KeysetPage.Of(rows, PageSize, position, p => new PhraseListCursor(p.Title, p.Id).Encode());
    }

    /// <summary>
    /// What the case offers the placeholders, in one query: the name, the active plan's period and next follow-up,
    /// and the programme of the open referral to Jobbtorg (the latest sent). <paramref name="month"/> and
    /// <paramref name="date"/> come from the form the phrase is inserted into.
    /// </summary>
    public static async Task<PhraseCase> CaseAsync(CaseWorkDbContext db, Guid applicantId, DateOnly month, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Applicants.AsNoTracking()
            .Where(a => a.Id == applicantId)
            .Select(a => new
            {
                a.FirstName,
                a.LastName,
                Plan = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                    .Select(p => new { p.NextFollowUpOn, Content = p.Versions.OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefault() })
                    .FirstOrDefault(),
                Program = db.Referrals.Where(r => r.ApplicantId == a.Id && r.ClosedOn == null)
                    .OrderByDescending(r => r.SentOn).Select(r => (ReferralProgram?)r.Program).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        return new PhraseCase(
            ApplicantDisplayName.Of(row.FirstName, row.LastName),
            month,
            row.Program is { } program ? PhraseCase.ProgramName(program) : null,
            date,
            row.Plan?.Content?.ValidFrom,
            row.Plan?.Content?.ValidTo,
            row.Plan?.NextFollowUpOn);
    }

    /// <summary>The phrases for one text, the most used first, filled from the case.</summary>
    public static async Task<List<OfferedPhrase>> OfferedAsync(CaseWorkDbContext db, PhraseUse use, PhraseCase values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var phrases = await db.Phrases.AsNoTracking()
            .Where(p => p.Use == use)
            .OrderByDescending(p => p.UsageCount).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Take(PickerSize)
            .Select(p => new { p.Id, p.Title, p.Text })
            .ToListAsync(cancellationToken);
        return phrases.ConvertAll(p => new OfferedPhrase(p.Id, p.Title, PhraseFilling.Fill(p.Text, values)));
    }

    /// <summary>Counts one insertion; false when the user sees no such phrase.</summary>
    public static async Task<bool> CountUseAsync(CaseWorkDbContext db, Guid phraseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Phrases.Where(p => p.Id == phraseId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UsageCount, p => p.UsageCount + 1), cancellationToken) == 1;
    }
}
