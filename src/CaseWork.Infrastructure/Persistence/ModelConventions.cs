using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseWork.Infrastructure.Persistence;

/// <summary>
/// What holds for every entity, said once instead of in each configuration. Applied after the configurations,
/// so it speaks for any entity that follows the domain's habits:
/// an <c>Id</c> that is a <see cref="Guid"/> is made by the domain (<see cref="Guid.CreateVersion7(DateTimeOffset)"/>),
/// never by the database; a <see cref="uint"/> property named <c>Version</c>, mapped or shadow, is PostgreSQL's
/// <c>xmin</c>, the concurrency token (ADR 0001). An enum is stored by its name (each column's length is its
/// configuration's); the one exception, a <see cref="FlagsAttribute"/> enum whose values combine, says so where it is configured.
/// A table is named after its DbSet in snake case (log_checks for LogChecks); a configuration names its table only
/// where the name differs.
/// </summary>
internal static class ModelConventions
{
    private const string VersionProperty = "Version";

    public static void StoreEnumsByName(this ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<Enum>().HaveConversion<string>();

    public static void ApplyModelConventions(this ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            if (entity.FindPrimaryKey() is { Properties: [{ Name: "Id" } id] } && id.ClrType == typeof(Guid))
            {
                id.ValueGenerated = ValueGenerated.Never;
            }

            if (entity.FindProperty(VersionProperty) is { } version && version.ClrType == typeof(uint))
            {
                builder.Entity(entity.Name).Property(VersionProperty).IsRowVersion();
            }
        }
    }
}
