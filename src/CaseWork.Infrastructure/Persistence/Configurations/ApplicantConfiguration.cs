namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class ApplicantConfiguration : IEntityTypeConfiguration<Applicant>
{
    public const string SearchNameColumn = "SearchName";
    public const string PersonalIdentityNumberIndex = "ix_applicants_personal_identity_number";
    private const string SwedishCollation = "sv-SE-x-icu";

    public void Configure(EntityTypeBuilder<Applicant> builder)
    {
        builder.Property(a => a.PersonalIdentityNumber).HasMaxLength(12).IsFixedLength();
        builder.HasIndex(a => a.PersonalIdentityNumber).IsUnique().HasDatabaseName(PersonalIdentityNumberIndex);
        builder.Property(a => a.FirstName).HasMaxLength(Applicant.MaxNameLength).UseCollation(SwedishCollation);
        builder.Property(a => a.LastName).HasMaxLength(Applicant.MaxNameLength).UseCollation(SwedishCollation);
        builder.Property(a => a.Email).HasMaxLength(200);
        builder.Property(a => a.Phone).HasMaxLength(40);
        builder.Property(a => a.StreetAddress).HasMaxLength(200);
        builder.Property(a => a.PostalCode).HasMaxLength(10);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.Household).HasMaxLength(20);
        builder.Property(a => a.Reason).HasMaxLength(40);

        builder.Property<string>(SearchNameColumn)
            .HasComputedColumnSql("casework_fold(first_name || ' ' || last_name)", stored: true);
        builder.HasIndex(SearchNameColumn).HasMethod("gin").HasOperators("gin_trgm_ops");
        // A search within a unit or district reads the scope's folded names from the index alone: the trigram index
        // matches the whole city's names first ("berg": 47,000 at 500,000 applicants) to keep a unit's few
        // (docs/performance.md, search at national scale).
        builder.HasIndex(a => a.UnitId).IncludeProperties(SearchNameColumn).HasDatabaseName("ix_applicants_unit_id_search_name");
        builder.HasIndex(a => a.DistrictId).IncludeProperties(SearchNameColumn).HasDatabaseName("ix_applicants_district_id_search_name");

        // Keyset pagination walks (last name, first name, id) within the scope.
        builder.HasIndex(a => new { a.UnitId, a.LastName, a.FirstName, a.Id });
        builder.HasIndex(a => new { a.DistrictId, a.LastName, a.FirstName, a.Id });
        // ... and (personnummer, id) when sorted by personnummer; the personnummer is unique, the id only breaks the tie.
        builder.HasIndex(a => new { a.UnitId, a.PersonalIdentityNumber, a.Id });
        builder.HasIndex(a => new { a.DistrictId, a.PersonalIdentityNumber, a.Id });
        builder.HasIndex(a => a.AssignedWorkerId);

        // The few applicants with protected identity, whose every file access Loggkontroll flags.
        builder.HasIndex(a => a.Id, "ix_applicants_protected_identity").HasDatabaseName("ix_applicants_protected_identity").HasFilter("has_protected_identity");

        // Loggkontroll's count tests each flag candidate against the applicant as the register holds them now (the
        // assigned worker, protected identity): read from this index alone, not from the wide row (AccessLogQuery).
        builder.HasIndex(a => a.Id, "ix_applicants_log_check").HasDatabaseName("ix_applicants_log_check")
            .IncludeProperties(a => new { a.AssignedWorkerId, a.HasProtectedIdentity });

        builder.HasOne<District>().WithMany().HasForeignKey(a => a.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AssignedWorkerId).OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(a => a.AidMonths).WithOne().HasForeignKey(m => m.ApplicantId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.AidMonths).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
