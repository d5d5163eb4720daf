using CaseWork.Infrastructure.Due;

namespace CaseWork.Infrastructure.Persistence.Configurations;

/// <summary>
/// <c>due_items</c> is written only by the database (<c>DueItemsSql</c>); the app reads it. Indexed for the due list's
/// reads: a worker's, a unit's or a district's items in the list's order, with the scope's columns for the counts.
/// </summary>
public sealed class DueEntryConfiguration : IEntityTypeConfiguration<DueEntry>
{
    public void Configure(EntityTypeBuilder<DueEntry> builder)
    {
        builder.ToTable("due_items");
        builder.HasKey(e => new { e.ApplicantId, e.Kind, e.DueOn });
        builder.Property(e => e.Kind).HasConversion<short>();
        builder.HasOne<Applicant>().WithMany().HasForeignKey(e => e.ApplicantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.AssignedWorkerId, e.DueOn, e.ApplicantId, e.Kind }).IncludeProperties(e => new { e.UnitId, e.DistrictId });
        builder.HasIndex(e => new { e.UnitId, e.DueOn, e.ApplicantId, e.Kind });
        builder.HasIndex(e => new { e.DistrictId, e.DueOn, e.ApplicantId, e.Kind });
    }
}
