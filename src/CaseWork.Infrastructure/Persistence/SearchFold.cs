using CaseWork.Infrastructure.Persistence.Migrations.Sql;

namespace CaseWork.Infrastructure.Persistence;

/// <summary>The search rule (<see cref="SearchSql"/>), callable in a LINQ query: it runs in the database, never here.</summary>
public static class SearchFold
{
    public static string Fold(string text) => throw new InvalidOperationException($"{nameof(Fold)} runs only in a database query ({SearchSql.FoldFunction}).");

    internal static void Map(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(SearchFold).GetMethod(nameof(Fold))!).HasName(SearchSql.FoldFunction).IsBuiltIn(false);
}
