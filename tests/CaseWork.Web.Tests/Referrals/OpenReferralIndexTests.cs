using CaseWork.Domain.Referrals;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Referrals;

public class OpenReferralIndexTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task ASecondOpenReferralToTheSameProgram_IsRefusedByTheDatabase()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await App.AddReferralAsync(applicant);

        var second = await Should.ThrowAsync<DbUpdateException>(() => App.AddReferralAsync(applicant));

        second.IsUniqueViolation().ShouldBeTrue();
        await App.AddReferralAsync(applicant, ReferralProgram.Resurs); // another program is fine
    }
}
