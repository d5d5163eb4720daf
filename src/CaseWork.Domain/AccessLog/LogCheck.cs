using CaseWork.Domain.Common;

namespace CaseWork.Domain.AccessLog;

/// <summary>
/// A documented access-log check (loggkontroll): who went through which part of the log, what it held and what
/// they found. The unit head checks a unit, the log checker a district.
/// </summary>
public class LogCheck
{
    public const int MaxCommentLength = 2000;
    public const int MaxCriteriaLength = 500;

    private LogCheck()
    {
        CheckedById = CheckedByName = Criteria = Comment = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset CheckedAt { get; private set; }

    public string CheckedById { get; private set; }

    public string CheckedByName { get; private set; }

    /// <summary>The unit checked (a unit head's check), or null for a district.</summary>
    public int? UnitId { get; private set; }

    public int DistrictId { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    /// <summary>The search beyond the period (user, applicant's id, kind, flagged only), as the checker set it.</summary>
    public string Criteria { get; private set; }

    public int Entries { get; private set; }

    public int FlaggedEntries { get; private set; }

    public string Comment { get; private set; }

    public static LogCheck Record(
        CheckedBy checkedBy, int districtId, int? unitId, DateOnly from, DateOnly to, string criteria, int entries, int flaggedEntries, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checkedBy);
        ArgumentNullException.ThrowIfNull(criteria);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException(AccessLogRuleCodes.CheckCommentMissing);
        }

        if (comment.Trim().Length > MaxCommentLength)
        {
            throw new DomainException(AccessLogRuleCodes.CheckCommentTooLong);
        }

        if (to < from)
        {
            throw new DomainException(AccessLogRuleCodes.PeriodOutOfOrder);
        }

        return new LogCheck
        {
            Id = Guid.CreateVersion7(now),
            CheckedAt = now,
            CheckedById = checkedBy.UserId,
            CheckedByName = checkedBy.Name,
            DistrictId = districtId,
            UnitId = unitId,
            PeriodFrom = from,
            PeriodTo = to,
            Criteria = criteria.Length > MaxCriteriaLength ? criteria[..MaxCriteriaLength] : criteria,
            Entries = entries,
            FlaggedEntries = flaggedEntries,
            Comment = comment.Trim(),
        };
    }
}

public sealed record CheckedBy(string UserId, string Name);
