namespace CaseWork.Domain.CaseReviews;

public enum CaseReviewStatus
{
    /// <summary>Opened by the unit head; cases are being gone through.</summary>
    Ongoing,

    /// <summary>Completed and signed by the unit head; read-only from then on.</summary>
    Completed,
}

/// <summary>What the unit head decided about one case.</summary>
public enum ReviewDecision
{
    /// <summary>"Inga åtgärder": the case is in order and needs nothing done.</summary>
    NoAction,
    NeedsAction,
}
