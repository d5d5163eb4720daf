namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.HasIndex(d => d.Name).IsUnique();
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.HasIndex(u => new { u.DistrictId, u.Name }).IsUnique();
        builder.HasOne<District>().WithMany().HasForeignKey(u => u.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkGroupConfiguration : IEntityTypeConfiguration<WorkGroup>
{
    public void Configure(EntityTypeBuilder<WorkGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.Property(g => g.Kind).HasMaxLength(30);
        builder.HasIndex(g => new { g.UnitId, g.Name }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(g => g.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
