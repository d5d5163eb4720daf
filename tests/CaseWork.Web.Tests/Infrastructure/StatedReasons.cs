using System.Net;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Infrastructure;

public static class StatedReasons
{
    /// <summary>
    /// States a reason for reading the applicant's file (aktivt val) through the form, as a manager, or a unit head
    /// not doing a review, does before the file opens. The reason holds for an hour.
    /// </summary>
    public static async Task StateReasonAsync(this HttpSession session, Guid applicantId, string reason = "Oversight", string text = "Tillsyn")
    {
        ArgumentNullException.ThrowIfNull(session);
        var response = await session.SubmitFormAsync($"/Applicants/{applicantId}/Reason", new() { ["Input.Reason"] = reason, ["Input.Text"] = text });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>In the browser, on the page that asks for a reason: chooses one, writes why and opens the file.</summary>
    public static async Task StateReasonAsync(this IPage page, string reason = "Uppföljning/tillsyn", string text = "Tillsyn")
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ange skäl");
        await page.GetByLabel(reason, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Beskriv skälet").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Öppna akten" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Reason", StringComparison.Ordinal));
    }
}
