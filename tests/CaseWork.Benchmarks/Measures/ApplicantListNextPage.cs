using CaseWork.Benchmarks.Harness;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.Applicants;

namespace CaseWork.Benchmarks.Measures;

public sealed class ApplicantListNextPage : Measure
{
    private List<ApplicantListCursor> _cursors = [];

    public override string Name => "Applicant list, next page (keyset)";

    public override string Description =>
        "/Applicants?after=…: the 50 applicants after a cursor somewhere in the unit (a different one each iteration), with their case facts.";

    /// <summary>Cursors at 200 applicants of the unit, spread over the alphabet; the same ones every run.</summary>
    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken) =>
        _cursors = await context.SampleOfUnitAsync(
            "last_name, first_name, id, personal_identity_number",
            r => new ApplicantListCursor(ApplicantSort.Name, r.GetString(0), r.GetString(1), r.GetString(3), r.GetGuid(2)), cancellationToken);

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var after = _cursors[iteration % _cursors.Count].Encode();
        return await ApplicantListQuery.LoadAsync(db, context.Quality, new ApplicantListRequest(null, false, false, after, null), context.Today, cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        await RawApplicantList.LoadAsync(context, _cursors[iteration % _cursors.Count], cancellationToken);

    public override string Fingerprint(object result) => RawApplicantList.Fingerprint(result);
}
