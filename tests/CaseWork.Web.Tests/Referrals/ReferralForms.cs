using System.Globalization;
using System.Text.RegularExpressions;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Referrals;

/// <summary>Referral forms as a browser posts them, and the arrangements the referral tests share.</summary>
internal static partial class ReferralForms
{
    public static DateOnly Today => AppTime.Today;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<Dictionary<string, string>> SendAsync(AppFixture app, string program = "Jobbtorg", string capacity = "100", bool consent = true)
    {
        await using var db = app.NewDbContext();
        var kista = await db.JobCentres.Where(c => c.Name == CaseWork.Infrastructure.Seeding.DemoOrganisation.JobbtorgKista).Select(c => c.Id).SingleAsync();
        var form = new Dictionary<string, string>
        {
            ["Input.Program"] = program,
            ["Input.JobCentreId"] = kista.ToString(CultureInfo.InvariantCulture),
            ["Input.Reason"] = "Arbetslös sedan 2024; vill arbeta inom lager och logistik.",
            ["Input.WorkCapacity"] = capacity,
            ["Input.Languages"] = "svenska, tigrinja",
            ["Input.PlanExpectations"] = "Jobbplan mot lagerarbete och truckkort.",
            ["Input.SentOn"] = Iso(Today),
            ["Input.Consent.Answer"] = consent ? "given" : "refused",
            ["Input.Consent.RecordedOn"] = Iso(Today),
        };
        if (consent)
        {
            form["Input.Consent.WorkPlan"] = "true";
            form["Input.Consent.Journal"] = "true";
        }

        return form;
    }

    public static async Task SetPlacesAsync(this AppFixture app, int districtId, int places)
    {
        await using var db = app.NewDbContext();
        var row = await db.ResursPlaces.SingleOrDefaultAsync(p => p.DistrictId == districtId);
        if (row is null)
        {
            db.ResursPlaces.Add(new ResursPlaces(districtId, places));
        }
        else
        {
            row.Change(places);
        }

        await db.SaveChangesAsync();
    }

    public static async Task<uint> VersionAsync(this AppFixture app, Guid referralId)
    {
        await using var db = app.NewDbContext();
        return await db.Referrals.IgnoreQueryFilters().Where(r => r.Id == referralId).Select(r => r.Version).SingleAsync();
    }

    public static Guid ReferralIdIn(string location) => Guid.Parse(ReferralUrl().Match(location).Groups[1].Value);

    [GeneratedRegex("/Referrals/([0-9a-f-]{36})")]
    private static partial Regex ReferralUrl();
}
