using System.Text.RegularExpressions;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Jobbtorg;

public partial class ParticipantListTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Coach_StartsOnTheirJobbtorgsOpenParticipants_ClosedOnlyUnderAvslutade()
    {
        var open = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Öppen", lastName: "Deltagare");
        var closed = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Stängd", lastName: "Deltagare");
        var south = await App.AddApplicantAsync(Org.HagerstenUnit, firstName: "Södra", lastName: "Deltagare");
        await App.AddReferralAsync(open, sentDaysAgo: 40, firstVisitDaysAgo: 20);
        var closedReferral = await App.AddReferralAsync(closed, sentDaysAgo: 5);
        await App.AddReferralAsync(south, jobCentre: CaseWork.Infrastructure.Seeding.DemoOrganisation.JobbtorgSkarholmen);
        await using (var db = App.NewDbContext())
        {
            var referral = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == closedReferral.Id);
            referral.Close(CoachArrangements.Today, Domain.Referrals.ReferralClosureReason.Moved, null, CoachArrangements.Today);
            await db.SaveChangesAsync();
        }

        var coach = await SignInAsync("jobbcoach");
        var start = await coach.GetAsync("/");
        start.Headers.Location!.ToString().ShouldBe("/Jobbtorg");
        var list = await coach.GetStringAsync("/Jobbtorg");

        list.ShouldContain("Deltagare, Öppen");
        list.ShouldNotContain("Stängd");
        list.ShouldNotContain("Södra");
        list.ShouldContain("Jobbplan försenad");

        var closedList = await coach.GetStringAsync("/Jobbtorg?status=Closed");
        closedList.ShouldContain("Deltagare, Stängd");
        closedList.ShouldNotContain("Öppen");
        var late = await coach.GetStringAsync("/Jobbtorg?late=true");
        late.ShouldContain("Öppen");
        late.ShouldNotContain("Stängd");
        await using var after = App.NewDbContext();
        (await after.AuditEntries.CountAsync(e => e.Action == AuditAction.ApplicantListSearched && e.Detail!.StartsWith("jobbtorg"))).ShouldBe(3);
    }

    [Fact]
    public async Task List_PagesByKeyset_WithTheSameNumberOfQueriesOnEveryPage()
    {
        for (var i = 0; i < 55; i++)
        {
            var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, lastName: $"Person{i:D2}");
            await App.AddReferralAsync(applicant, sentDaysAgo: 10 + (i % 7), firstVisitDaysAgo: i % 3 == 0 ? 5 : null);
        }

        var coach = await SignInAsync("jobbcoach");
        App.Factory.Commands.Reset();
        var first = await coach.GetStringAsync("/Jobbtorg");
        var firstCount = App.Factory.Commands.Count;
        var next = NextLink().Match(first);
        next.Success.ShouldBeTrue();
        App.Factory.Commands.Reset();
        var second = await coach.GetStringAsync(System.Net.WebUtility.HtmlDecode(next.Groups[1].Value));
        var secondCount = App.Factory.Commands.Count;

        var names = NameLink().Matches(first).Concat(NameLink().Matches(second)).Select(m => m.Groups[1].Value).ToList();
        names.Count.ShouldBe(55);
        names.Distinct().Count().ShouldBe(55);
        NextLink().IsMatch(second).ShouldBeFalse();
        firstCount.ShouldBe(secondCount);
        firstCount.ShouldBeLessThanOrEqualTo(4); // the page, its audit row, the server-side session and the security-stamp check
    }

    [Fact]
    public async Task Search_FindsOwnParticipantsByNameOrPersonnummer_AndPagingKeepsTheSearch()
    {
        for (var i = 0; i < 52; i++)
        {
            var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Lina", lastName: $"Sökbar{i:D2}");
            await App.AddReferralAsync(applicant, sentDaysAgo: 10 + (i % 7));
        }

        var other = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Omar", lastName: "Annan");
        await App.AddReferralAsync(other);
        var elsewhere = await App.AddApplicantAsync(Org.HagerstenUnit, firstName: "Lina", lastName: "Sökbarsyd");
        await App.AddReferralAsync(elsewhere, jobCentre: CaseWork.Infrastructure.Seeding.DemoOrganisation.JobbtorgSkarholmen);
        var coach = await SignInAsync("jobbcoach");

        var first = await coach.GetStringAsync("/Jobbtorg?q=s%C3%B6kbar");
        first.ShouldNotContain("Annan, Omar");
        first.ShouldNotContain("Sökbarsyd");
        var next = NextLink().Match(first);
        next.Success.ShouldBeTrue();
        System.Net.WebUtility.HtmlDecode(next.Groups[1].Value).ShouldContain("q=");
        var second = await coach.GetStringAsync(System.Net.WebUtility.HtmlDecode(next.Groups[1].Value));
        var names = NameLink().Matches(first).Concat(NameLink().Matches(second)).Select(m => m.Groups[1].Value).ToList();
        names.Count.ShouldBe(52);
        names.Distinct().Count().ShouldBe(52);
        second.ShouldNotContain("Annan, Omar");

        var byNumber = await coach.GetStringAsync($"/Jobbtorg?q={other.PersonalIdentityNumber}");
        byNumber.ShouldContain("Annan, Omar");
        byNumber.ShouldNotContain("Sökbar");
        (await coach.GetStringAsync($"/Jobbtorg?q={elsewhere.PersonalIdentityNumber}")).ShouldContain("Inga deltagare");
    }

    [GeneratedRegex("href=\"(/Jobbtorg\\?[^\"]*after=[^\"]+)\"")]
    private static partial Regex NextLink();

    [GeneratedRegex("href=\"/Jobbtorg/Participants/([0-9a-f-]{36})\"")]
    private static partial Regex NameLink();
}
