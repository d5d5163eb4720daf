using CaseWork.Domain.People;

namespace CaseWork.Domain.Retention;

/// <summary>
/// Gallring of social-services records (Socialtjänstlagen 12 kap., Socialtjänstförordningen): a person's file is
/// deleted five years after its last entry, at the latest by the end of the following calendar year, and not while
/// anything in it is still in use. Files of people born on the 5th, 15th or 25th of a month are kept for research; a
/// samordningsnummer's day is the birth day + 60, so 65, 75 and 85 are the same days.
/// </summary>
public static class RetentionRule
{
    public const int YearsAfterLastEntry = 5;

    /// <summary>Months of aid, counting the current month, that make the file in use.</summary>
    public const int RecentAidMonths = 12;

    public static IReadOnlyList<int> ResearchBirthDays { get; } = [5, 15, 25];

    /// <summary>Five years on; a 29 February falls back to 28 February.</summary>
    public static DateOnly DueFrom(DateOnly lastEntryOn) => lastEntryOn.AddYears(YearsAfterLastEntry);

    /// <summary>31 December of the year after the one in which the file became due.</summary>
    public static DateOnly Deadline(DateOnly lastEntryOn) => new(DueFrom(lastEntryOn).Year + 1, 12, 31);

    public static bool IsResearchExempt(PersonalIdentityNumber person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return ResearchBirthDays.Contains(person.BirthDate.Day);
    }

    /// <summary>
    /// The latest last-entry date whose file is due on <paramref name="today"/>: a file is past the five years exactly
    /// when every entry in it is on or before this day. The database search selects with it, so it must agree with
    /// <see cref="DueFrom"/> even on leap days (on 28 February 2025 a file last written on 29 February 2020 is due).
    /// </summary>
    public static DateOnly LatestDueLastEntry(DateOnly today)
    {
        var latest = today.AddYears(-YearsAfterLastEntry);
        var next = latest.AddDays(1);
        return DueFrom(next) <= today ? next : latest;
    }

    /// <summary>The first month whose aid makes the file in use: the current month and the eleven before it.</summary>
    public static DateOnly RecentAidFrom(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-(RecentAidMonths - 1));

    public static RetentionAssessment Assess(PersonalIdentityNumber person, DateOnly lastEntryOn, InUse inUse, DateOnly today)
    {
        var dueFrom = DueFrom(lastEntryOn);
        var status = today < dueFrom ? RetentionStatus.NotDue
            : IsResearchExempt(person) ? RetentionStatus.Exempt
            : inUse != InUse.None ? RetentionStatus.InUse
            : RetentionStatus.Due;
        return new RetentionAssessment(status, lastEntryOn, dueFrom, Deadline(lastEntryOn), inUse);
    }
}
