using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// Turns what was typed in the search box into a filter: a personnummer in any accepted form, a birth date, or names
/// (in any order, case and accents: the one search rule, <see cref="SearchFold"/>).
/// </summary>
public static class ApplicantSearch
{
    public static IQueryable<Applicant> Apply(IQueryable<Applicant> query, string? text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(text))
        {
            return query;
        }

        var term = text.Trim();
        if (PersonalIdentityNumber.TryParse(term, today, out var pin) == PersonalIdentityNumberError.None)
        {
            var digits = pin!.Digits;
            return query.Where(a => a.PersonalIdentityNumber == digits);
        }

        var compact = term.Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 8 && compact.All(char.IsAsciiDigit))
        {
            return query.Where(a => a.PersonalIdentityNumber.StartsWith(compact));
        }

        // Both sides fold the same way in the database (SearchFold): lower case, accents dropped, so "asa" finds Åsa.
        foreach (var word in term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4))
        {
            var pattern = LikePattern.Containing(word);
            query = query.Where(a => EF.Functions.Like(EF.Property<string>(a, ApplicantConfiguration.SearchNameColumn), SearchFold.Fold(pattern)));
        }

        return query;
    }

}
