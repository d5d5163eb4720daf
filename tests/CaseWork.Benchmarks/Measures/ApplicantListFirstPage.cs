using CaseWork.Benchmarks.Harness;
using CaseWork.Web.Pages.Applicants;

namespace CaseWork.Benchmarks.Measures;

public sealed class ApplicantListFirstPage : Measure
{
    public override string Name => "Applicant list, first page";

    public override string Description =>
        "/Applicants with no search or filter: the unit's first 50 applicants in name order with their case facts (ApplicantListQuery.LoadAsync).";

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        return await ApplicantListQuery.LoadAsync(db, context.Quality, new ApplicantListRequest(null, false, false, null, null), context.Today, cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        await RawApplicantList.LoadAsync(context, null, cancellationToken);

    public override string Fingerprint(object result) => RawApplicantList.Fingerprint(result);
}
