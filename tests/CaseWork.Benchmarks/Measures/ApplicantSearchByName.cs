using CaseWork.Benchmarks.Harness;
using CaseWork.Web.Pages.Applicants;

namespace CaseWork.Benchmarks.Measures;

public sealed class ApplicantSearchByName : Measure
{
    /// <summary>Common late-alphabet surnames of the large set and parts of them, one with no hit in the unit.</summary>
    private static readonly string[] Terms = ["berg", "Öberg", "Yilmaz", "Sjöberg", "ström", "Wallin"];

    public override string Name => "Applicant search, name";

    public override string Description =>
        "/Applicants?q=…: a name or part of one (berg, Öberg, Yilmaz, Sjöberg, ström, Wallin in turn): the count, the first 50 matches in name order and their case facts.";

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var request = new ApplicantListRequest(Terms[iteration % Terms.Length], false, false, null, null);
        return await ApplicantListQuery.LoadAsync(db, context.Quality, request, context.Today, cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        await RawApplicantList.SearchAsync(context, RawApplicantList.NameFilter(Terms[iteration % Terms.Length]), cancellationToken);

    public override string Fingerprint(object result) => RawApplicantList.Fingerprint(result);
}
