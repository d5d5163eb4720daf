namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.MaxDisplayNameLength);
        // A plan version names its author by user name; the plan history finds the display name by it.
        builder.HasIndex(u => u.UserName);
        builder.HasOne<District>().WithMany().HasForeignKey(u => u.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseWork.Domain.Referrals.JobCentre>().WithMany().HasForeignKey(u => u.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkGroup>().WithMany().HasForeignKey(u => u.GroupId).OnDelete(DeleteBehavior.SetNull);
    }
}
