namespace CaseWork.Domain.Retention;

/// <summary>What the retention rule says about one person's file on a given day.</summary>
public enum RetentionStatus
{
    /// <summary>Five years have not passed since the file's last entry.</summary>
    NotDue,

    /// <summary>Past the five years and nothing keeps it: the file is deleted.</summary>
    Due,

    /// <summary>Past the five years, but the person was born on the 5th, 15th or 25th: kept for research.</summary>
    Exempt,

    /// <summary>Past the five years, but something in the file is still in use: kept until it no longer is.</summary>
    InUse,
}
