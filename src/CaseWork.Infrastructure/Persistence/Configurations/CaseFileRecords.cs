using System.Linq.Expressions;

namespace CaseWork.Infrastructure.Persistence.Configurations;

internal static class CaseFileRecords
{
    /// <summary>A record in an applicant's case file: it names an applicant that exists, and goes when the applicant goes.</summary>
    public static void BelongsToApplicant<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> applicantId)
        where T : class =>
        builder.HasOne<Applicant>().WithMany().HasForeignKey(applicantId).OnDelete(DeleteBehavior.Cascade);
}
