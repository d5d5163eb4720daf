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
            // A birth date: the numbers that start with it, as a range of the 12 stored digits, so that the index on
            // (unit or district, personnummer) is walked over that day only. A LIKE prefix cannot use it: the database's
            // collation is not C, and it read every number of the unit (docs/performance.md).
            var first = compact + "0000";
            var last = compact + "9999";
            return query.Where(a => a.PersonalIdentityNumber.CompareTo(first) >= 0 && a.PersonalIdentityNumber.CompareTo(last) <= 0);
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
