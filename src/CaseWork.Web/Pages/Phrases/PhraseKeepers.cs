namespace CaseWork.Web.Pages.Phrases;

/// <summary>The signed-in user as the keeper of phrases: a page guarded by <see cref="Policies.WriteCases"/> has a unit.</summary>
public static class PhraseKeepers
{
    public static PhraseKeeper Of(CaseWorkDbContext db, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return new PhraseKeeper(
            db.CurrentUser.UserId ?? throw new InvalidOperationException("A phrase is kept by a signed-in user."),
            db.CurrentUser.Scope.UnitId ?? throw new InvalidOperationException("A phrase is kept in a unit."),
            user.IsInRole(Roles.UnitHead));
    }
}
