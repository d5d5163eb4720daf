using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Access;
using CaseWork.Web.Pages.Applicants;

namespace CaseWork.Benchmarks.Measures;

public sealed class CasePage : Measure
{
    private List<Guid> _applicants = [];

    public override string Name => "Case page";

    public override string Description =>
        "/Applicants/Details/{id} for a different applicant of the unit each iteration: the scope check, the case with 24 months and its " +
        "aid and investigation facts, the plans, a journal page, the referrals (CaseFileQuery.LoadAsync), the signals and the audit row it writes.";

    /// <summary>200 applicants of the unit, the same ones every run.</summary>
    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken) =>
        _applicants = await context.SampleOfUnitAsync("id", r => r.GetGuid(0), cancellationToken);

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        var applicantId = _applicants[iteration % _applicants.Count];
        await using var db = context.NewDbContext();
        if (!await ApplicantScopeFilter.InScopeAsync(db, applicantId, cancellationToken))
        {
            throw new InvalidOperationException("The bench applicant is outside the bench user's scope.");
        }

        var file = await CaseFileQuery.LoadAsync(db, applicantId, null, null, context.Today, cancellationToken)
            ?? throw new InvalidOperationException("The bench applicant is outside the bench user's scope.");
        _ = file.Facts.Signals(context.Quality, context.Today);
        await context.NewAuditLog(db).WriteAsync(AuditAction.ApplicantViewed, applicantId, cancellationToken: cancellationToken);
        return file;
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        await RawCaseFile.LoadAsync(context, _applicants[iteration % _applicants.Count], cancellationToken);

    public override string Fingerprint(object result) => RawCaseFile.Fingerprint((CaseFileView)result);
}
