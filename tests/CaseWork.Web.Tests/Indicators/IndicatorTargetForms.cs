using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Domain.Indicators;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Indicators;

/// <summary>The targets form as the page rendered it, so that a test posts back exactly what a browser would.</summary>
internal sealed partial class IndicatorTargetForms
{
    public const string Page = "/Admin/IndicatorTargets";

    private IndicatorTargetForms(Dictionary<string, string> fields) => Fields = fields;

    public Dictionary<string, string> Fields { get; }

    public static int ThisYear => AppTime.Now.Year;

    public static string YearPage(int year) => string.Create(CultureInfo.InvariantCulture, $"{Page}?year={year}");

    /// <summary>The fields of the save form in the page's HTML (not the year chooser, not the layout's forms).</summary>
    public static IndicatorTargetForms From(string html)
    {
        var grid = html.IndexOf("id=\"targets\"", StringComparison.Ordinal);
        grid.ShouldBeGreaterThan(0, "the page has no targets form");
        var start = html.LastIndexOf("<form", grid, StringComparison.Ordinal);
        var end = html.IndexOf("</form>", grid, StringComparison.Ordinal);
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputTag().Matches(html[start..end]))
        {
            var name = WebUtility.HtmlDecode(Name().Match(input.Value).Groups[1].Value);
            var value = Value().Match(input.Value);
            fields[name] = value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : string.Empty;
        }

        return new IndicatorTargetForms(fields);
    }

    public static async Task<IndicatorTargetForms> LoadAsync(HttpSession session, int year) => From(await session.GetStringAsync(YearPage(year)));

    /// <summary>The row index the page gave a district.</summary>
    public int Row(int districtId) =>
        int.Parse(
            Fields.Single(f => f.Key.EndsWith(".DistrictId", StringComparison.Ordinal) && f.Value == districtId.ToString(CultureInfo.InvariantCulture)).Key[5..^12],
            CultureInfo.InvariantCulture);

    public static string TargetName(int row, IndicatorMeasure measure) =>
        string.Create(CultureInfo.InvariantCulture, $"Rows[{row}].Targets[{IndicatorMeasures.All.ToList().IndexOf(measure)}]");

    public static string AdultsName(int row) => string.Create(CultureInfo.InvariantCulture, $"Rows[{row}].Adults");

    /// <summary>The id the page gives a field, which the error summary links to.</summary>
    public static string Id(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public IndicatorTargetForms Target(int districtId, IndicatorMeasure measure, string value)
    {
        Fields[TargetName(Row(districtId), measure)] = value;
        return this;
    }

    public IndicatorTargetForms Adults(int districtId, string value)
    {
        Fields[AdultsName(Row(districtId))] = value;
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpSession session, int year) => session.SubmitFormAsync(YearPage(year), Fields, Page);

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("\\bname=\"([^\"]*)\"")]
    private static partial Regex Name();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex Value();
}
