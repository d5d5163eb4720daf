using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CaseWork.Web.Submissions;

/// <summary>
/// Gives every form that posts a new key each time the page is shown, so that the same form sent twice is saved
/// once (<see cref="SubmissionKeyFilter"/>).
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SubmissionKeyTagHelper : TagHelper
{
    public const string FieldName = "__SubmissionKey";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var method = output.Attributes.TryGetAttribute("method", out var attribute) ? attribute.Value?.ToString() : null;
        // A form sent again from the error page carries the key it was first sent with (data-resend).
        if (string.Equals(method, "post", StringComparison.OrdinalIgnoreCase) && !output.Attributes.ContainsName("data-resend"))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Guid.NewGuid()}\" />");
        }
    }
}
