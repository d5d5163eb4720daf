namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>The open actions of signed case reviews, for the due list: one flat query, by owner or for the whole scope.</summary>
public sealed class OpenReviewActionsQuery(CaseWorkDbContext db)
{
    /// <param name="ownerId">Whose actions; null for every action in the user's scope (a unit head's "whole unit").</param>
    public Task<List<OpenActionRow>> ReadAsync(string? ownerId, CancellationToken cancellationToken) =>
        db.ReviewActions.AsNoTracking()
            .Where(a => a.DoneAt == null && (ownerId == null || a.OwnerId == ownerId))
            .Where(a => db.CaseReviews.Any(r => r.Id == a.ReviewId && r.Status == CaseReviewStatus.Completed))
            .Join(db.Applicants, a => a.ApplicantId, x => x.Id, (a, x) => new OpenActionRow(a.Id, a.ApplicantId, ApplicantDisplayName.Of(x.FirstName, x.LastName), a.OwnerId, a.DueOn, a.Description))
            .ToListAsync(cancellationToken);
}

public sealed record OpenActionRow(Guid ActionId, Guid ApplicantId, string ApplicantName, string OwnerId, DateOnly DueOn, string Description)
{
    public OpenReviewAction Facts => new(ActionId, ApplicantId, DueOn);
}
