namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>A case's facts as the review table cells show them; <see cref="Today"/> marks what is overdue.</summary>
public sealed record FactsView(ReviewCaseFacts? Facts, DateOnly Today);
