using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CaseWork.Infrastructure.Persistence;

/// <summary>Stores an immutable value (a record) as one jsonb column, compared by the record's own equality.</summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    /// <summary>The text a column mapped with <see cref="AsJson{T}"/> holds, for writers that bypass EF Core (bulk COPY).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The value of such a column as it came in a JSON document, for readers that bypass EF Core (one statement returning JSON).</summary>
    public static T? Deserialize<T>(JsonElement? json)
        where T : class =>
        json is { ValueKind: not JsonValueKind.Null } value ? value.Deserialize<T>(Options) : null;

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(property);
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<T>(json, Options)!,
            new ValueComparer<T>(
                (a, b) => Equals(a, b),
                value => value == null ? 0 : value.GetHashCode(),
                value => value));
        return property;
    }
}
