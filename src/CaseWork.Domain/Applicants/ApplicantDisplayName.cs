using System.Linq.Expressions;
using CaseWork.Domain.Applicants;

namespace CaseWork.Domain.Applicants;

/// <summary>How an applicant is named on every page, list, print and export: first name, a space, last name.</summary>
public static class ApplicantDisplayName
{
    public static string Of(string firstName, string lastName) => $"{firstName} {lastName}";

    /// <summary>The same rule for database queries.</summary>
    public static readonly Expression<Func<Applicant, string>> Display = a => a.FirstName + " " + a.LastName;
}
