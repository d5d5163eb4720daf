using System.Reflection;
using System.Text;
using System.Text.Json;
using CaseWork.Infrastructure.Records;

namespace CaseWork.Web.Pages.Admin.Records;

/// <summary>A value of the print: a text, a group of labelled values (a row, or a record inside one), or a list.</summary>
public abstract record ExtractValue;

/// <summary>A text as the person reads it; a text of several lines keeps its line breaks.</summary>
public sealed record ExtractText(string Text) : ExtractValue
{
    public bool HasLineBreaks => Text.Contains('\n', StringComparison.Ordinal);
}

public sealed record ExtractGroup(IReadOnlyList<ExtractField> Fields) : ExtractValue;

public sealed record ExtractList(IReadOnlyList<ExtractValue> Items) : ExtractValue;

public sealed record ExtractField(string Label, ExtractValue Value);

/// <summary>
/// Turns the rows of an extract into what a person can read: a record entered through a form shows its fields in the
/// form's order with the form's labels (<see cref="RecordForms"/>); other labels are in words (from the resources where
/// they have the column, the column's name in words otherwise); enum values, dates and times in the current (Swedish) culture, yes
/// and no, users and places by name. Internal ids are left out of the print: they mean nothing to the reader (the JSON
/// file keeps them). So are values a record inside a jsonb column derives from its other values (an investigation's
/// "All" sections again), and empty values, so a row shows what it holds.
/// </summary>
public sealed class ExtractFormatter(IStringLocalizer<SharedResource> localizer, RecordExtract extract)
{
    /// <summary>Columns that only serve CaseWork itself: the lower-cased name it searches on.</summary>
    private static readonly HashSet<string> InternalColumns = new(StringComparer.Ordinal) { "search_name" };

    public ExtractGroup Row(string table, JsonElement row)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new ExtractGroup(Fields(row, column => extract.Columns.TypeOf(table, column), form: RecordForms.OfTable(table)));
    }

    /// <summary>A column or property name in words: "event_date" and "EventDate" are "Event date"; "author_id" is "Author".</summary>
    public static string Humanise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new StringBuilder(name.Length + 4);
        var bare = name.Length > 3 && name.EndsWith("_id", StringComparison.Ordinal) ? name[..^3] : name;
        foreach (var c in bare)
        {
            if (c == '_')
            {
                words.Append(' ');
            }
            else if (char.IsUpper(c) && words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(char.ToLowerInvariant(c));
            }
        }

        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words.ToString(1, words.Length - 1);
    }

    /// <summary>The label of a column or property: its words as a resource key, also as one written in lower case; else the words.</summary>
    public string Label(string name)
    {
        var words = Humanise(name);
        var text = localizer[words];
        if (!text.ResourceNotFound)
        {
            return text.Value;
        }

        var lower = localizer[char.ToLowerInvariant(words[0]) + words[1..]];
        return lower.ResourceNotFound ? words : char.ToUpper(lower.Value[0], CultureInfo.CurrentCulture) + lower.Value[1..];
    }

    /// <summary>
    /// The record's fields. Those of the form it was entered through (<paramref name="form"/>) come first, in the form's
    /// order and with its labels; the rest (who, when) follow in the order they are stored.
    /// </summary>
    private List<ExtractField> Fields(JsonElement record, Func<string, Type?> typeOf, Type? recordType = null, RecordForm? form = null)
    {
        var fields = new List<(FormField? OnForm, ExtractField Field)>();
        foreach (var property in record.EnumerateObject())
        {
            if (property.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || InternalColumns.Contains(property.Name) || IsDerived(recordType, property.Name))
            {
                continue;
            }

            if (Value(property.Name, property.Value, typeOf(property.Name)) is { } value)
            {
                var onForm = form?.Field(property.Name);
                var label = onForm?.Label is { } key ? localizer[key].Value : Label(property.Name);
                fields.Add((onForm, new ExtractField(label, value)));
            }
        }

        // A stable sort, the form's fields first: what the form does not hold follows in its stored order.
        return [.. fields.Where(f => f.OnForm is not null).OrderBy(f => f.OnForm!, FormField.Order).Concat(fields.Where(f => f.OnForm is null)).Select(f => f.Field)];
    }

    private ExtractValue? Value(string name, JsonElement value, Type? type) => value.ValueKind switch
    {
        JsonValueKind.Object => Fields(value, property => PropertyType(type, property), type, RecordForms.OfRecord(type)) is { Count: > 0 } fields ? new ExtractGroup(fields) : null,
        JsonValueKind.Array => value.EnumerateArray().Select(item => Value(name, item, ElementType(type))).OfType<ExtractValue>().ToList() is { Count: > 0 } items
            ? new ExtractList(items)
            : null,
        JsonValueKind.True => new ExtractText(localizer["Yes"]),
        JsonValueKind.False => new ExtractText(localizer["No"]),
        JsonValueKind.Number => new ExtractText(Number(name, value, type)),
        JsonValueKind.String => Text(name, value.GetString()!, type) is { } text ? new ExtractText(text) : null,
        _ => null,
    };

    private string Number(string name, JsonElement value, Type? type)
    {
        if (type is { IsEnum: true } && value.TryGetInt64(out var number))
        {
            return EnumText(type, Enum.ToObject(type, number).ToString()!);
        }

        if (RecordExtractQuery.PlaceColumns.ContainsKey(name) && extract.Names.Place(name, value.GetRawText()) is { } place)
        {
            return place;
        }

        return value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.CurrentCulture) : value.GetDecimal().ToString(CultureInfo.CurrentCulture);
    }

    private string? Text(string name, string text, Type? type)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (RecordExtractQuery.NamesAUser(name))
        {
            return extract.Names.User(text) ?? (Guid.TryParse(text, out _) ? localizer["Unknown user"].Value : text);
        }

        if (Guid.TryParse(text, out _))
        {
            return null;
        }

        if (name == "personal_identity_number" && text.Length == 12 && text.All(char.IsAsciiDigit))
        {
            return PersonalIdentityNumber.FromStored(text).ToString();
        }

        if (type is { IsEnum: true })
        {
            return EnumText(type, text);
        }

        if ((type is null || type == typeof(DateOnly)) && FormValues.Date(text) is { } day)
        {
            return day.ToString("d", CultureInfo.CurrentCulture);
        }

        if ((type is null || type == typeof(DateTimeOffset) || type == typeof(DateTime)) && text.Length >= 19 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment.InSweden().ToString("g", CultureInfo.CurrentCulture);
        }

        return text;
    }

    /// <summary>"AidDecision.Granted" from the resources, or the value in words.</summary>
    private string EnumText(Type type, string value)
    {
        var text = localizer[$"{type.Name}.{value}"];
        return text.ResourceNotFound ? Humanise(value) : text.Value;
    }

    private static Type? PropertyType(Type? type, string name) =>
        Property(type, name)?.PropertyType is { } property ? Nullable.GetUnderlyingType(property) ?? property : null;

    /// <summary>A property computed from the record's others (no setter), which System.Text.Json wrote along with them.</summary>
    private static bool IsDerived(Type? type, string name) => Property(type, name) is { CanWrite: false };

    private static PropertyInfo? Property(Type? type, string name) =>
        type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    private static Type? ElementType(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var element = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
            .GetGenericArguments()[0];
        return element is null ? null : Nullable.GetUnderlyingType(element) ?? element;
    }
}
