using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseWork.Web.Validation;

/// <summary>
/// The error summary's order is the form's order. ModelState itself enumerates its keys alphabetically (a prefix tree
/// kept sorted by key), so "City" would come before "First name". The form's order is its input model's property order
/// (declared as the form shows its fields) and a list's index within it; errors of the whole form come first, keys
/// that name no property last, each group in ModelState's order.
/// </summary>
public static partial class ErrorSummaryOrder
{
    public static IEnumerable<(string Key, string Message)> InFormOrder(ModelStateDictionary modelState, ModelMetadata form)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(form);
        return modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (entry.Key, Errors: entry.Value!.Errors, Position: PositionOf(entry.Key, form)))
            .OrderBy(entry => entry.Position, PositionComparer.Instance)
            .SelectMany(entry => entry.Errors.Select(error => (entry.Key, error.ErrorMessage)))
            .ToList();
    }

    /// <summary>The key as a path of positions: each property's place among its type's properties, each list index.</summary>
    internal static IReadOnlyList<int> PositionOf(string key, ModelMetadata form)
    {
        var position = new List<int>();
        ModelMetadata? current = form;
        foreach (Match segment in Segments().Matches(key))
        {
            if (segment.Groups["index"].Success)
            {
                position.Add(int.Parse(segment.Groups["index"].Value, CultureInfo.InvariantCulture));
                current = current?.ElementMetadata;
                continue;
            }

            var name = segment.Groups["name"].Value;
            var properties = current?.Properties.ToList() ?? [];
            var place = properties.FindIndex(p => string.Equals(p.PropertyName, name, StringComparison.OrdinalIgnoreCase));
            position.Add(place < 0 ? int.MaxValue : place);
            current = place < 0 ? null : properties[place];
        }

        return position;
    }

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex Segments();

    private sealed class PositionComparer : IComparer<IReadOnlyList<int>>
    {
        public static readonly PositionComparer Instance = new();

        public int Compare(IReadOnlyList<int>? x, IReadOnlyList<int>? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
