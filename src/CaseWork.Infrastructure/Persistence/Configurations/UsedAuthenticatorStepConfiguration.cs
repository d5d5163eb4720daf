namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class UsedAuthenticatorStepConfiguration : IEntityTypeConfiguration<UsedAuthenticatorStep>
{
    public void Configure(EntityTypeBuilder<UsedAuthenticatorStep> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(AppUser.MaxIdLength);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<UsedAuthenticatorStep>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
