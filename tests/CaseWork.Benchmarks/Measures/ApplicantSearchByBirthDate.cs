using CaseWork.Benchmarks.Harness;
using CaseWork.Web.Pages.Applicants;

namespace CaseWork.Benchmarks.Measures;

public sealed class ApplicantSearchByBirthDate : Measure
{
    private List<string> _dates = [];

    public override string Name => "Applicant search, partial personnummer";

    public override string Description =>
        "/Applicants?q=YYYYMMDD: the 8 digits of a birth date of the unit (a different one each iteration): the count, the matches in name order and their case facts.";

    /// <summary>The birth dates of 200 applicants of the unit; the same ones every run.</summary>
    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken) =>
        _dates = await context.SampleOfUnitAsync("left(personal_identity_number, 8)", r => r.GetString(0), cancellationToken);

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var request = new ApplicantListRequest(_dates[iteration % _dates.Count], false, false, null, null);
        return await ApplicantListQuery.LoadAsync(db, context.Quality, request, context.Today, cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        await RawApplicantList.SearchAsync(context, RawApplicantList.PinPrefixFilter(_dates[iteration % _dates.Count]), cancellationToken);

    public override string Fingerprint(object result) => RawApplicantList.Fingerprint(result);
}
