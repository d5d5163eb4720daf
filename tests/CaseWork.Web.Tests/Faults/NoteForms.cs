using System.Globalization;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Faults;

/// <summary>The journal note form, as the fault tests send it.</summary>
internal static class NoteForms
{
    public static string WritePage(Guid applicantId) => $"/Applicants/{applicantId}/Journal/Write";

    public static Dictionary<string, string> Note(string text) => new()
    {
        ["Input.Kind"] = "PhoneCall",
        ["Input.EventDate"] = AppTime.Now.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Text"] = text,
    };
}
