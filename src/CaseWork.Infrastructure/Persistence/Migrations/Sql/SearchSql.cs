namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// The one search rule for names: lower case, accents dropped (<c>asa</c> finds Åsa, <c>ostberg</c> finds Östberg).
/// The stored search column and the typed term both go through <c>casework_fold</c>, so they can never disagree.
/// <c>unaccent</c> is only STABLE (its dictionary could change), so an IMMUTABLE wrapper naming the dictionary is what a
/// generated column and its index may call.
/// </summary>
public static class SearchSql
{
    public const string FoldFunction = "casework_fold";

    public const string CreateFold = """
        CREATE OR REPLACE FUNCTION casework_fold(text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1));
        """;

    public const string DropFold = "DROP FUNCTION IF EXISTS casework_fold(text);";

    /// <summary>The applicants' stored search column on <paramref name="expression"/>, with its trigram index.</summary>
    public static string RebuildSearchName(string expression) => $"""
        DROP INDEX IF EXISTS ix_applicants_search_name;
        ALTER TABLE applicants DROP COLUMN search_name;
        ALTER TABLE applicants ADD COLUMN search_name text GENERATED ALWAYS AS ({expression}) STORED;
        CREATE INDEX ix_applicants_search_name ON applicants USING gin (search_name gin_trgm_ops);
        """;
}
