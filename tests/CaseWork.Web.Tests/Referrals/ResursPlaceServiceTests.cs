using System.Data.Common;
using CaseWork.Domain.Calendar;
using CaseWork.Domain.Referrals;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Referrals;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CaseWork.Web.Tests.Referrals;

public class ResursPlaceServiceTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Admit_TwoWorkersTakingTheLastPlaceAtOnce_ExactlyOneGetsIt()
    {
        await SetPlacesAsync(Org.SpangaTenstaDistrict, 1);
        var referrals = new List<Referral>();
        for (var i = 0; i < 2; i++)
        {
            referrals.Add(await NewResursReferralAsync());
        }

        // Each worker's request runs on its own connection, at the same moment.
        await Task.WhenAll(referrals.Select(async referral =>
        {
            await using var db = App.NewDbContext();
            await new ResursPlaceService(db, SwedishTime.Clock).AdmitAsync(referral, CancellationToken.None);
        }));

        await using var check = App.NewDbContext();
        var saved = await check.Referrals.IgnoreQueryFilters().Where(r => r.DistrictId == Org.SpangaTenstaDistrict).ToListAsync();
        saved.Count.ShouldBe(2);
        saved.Count(r => r.HoldsPlace).ShouldBe(1);
        saved.Count(r => r.IsQueued).ShouldBe(1);
    }

    [Fact]
    public async Task Close_OfAPlaceHolder_GivesThePlaceToTheFirstInTheQueue()
    {
        await SetPlacesAsync(Org.SpangaTenstaDistrict, 1);
        var ids = await AdmitInTurnAsync(3);

        var today = AppTime.Today;
        await using (var db = App.NewDbContext())
        {
            var holder = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == ids[0]);
            holder.Close(today, ReferralClosureReason.Studies, null, today);
            var granted = await new ResursPlaceService(db, SwedishTime.Clock).SaveAndServeQueueAsync(Org.SpangaTenstaDistrict, CancellationToken.None);
            granted.Select(r => r.Id).ShouldBe([ids[1]]);
        }

        await using var check = App.NewDbContext();
        var second = await check.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == ids[1]);
        second.HoldsPlace.ShouldBeTrue();
        second.PlaceGrantedFromQueue.ShouldBeTrue();
        (await check.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == ids[2])).IsQueued.ShouldBeTrue();
    }

    [Fact]
    public async Task AConnectionBreak_AfterTheClosureIsSaved_IsNotRetriedWithoutIt_TheUserSendsAgain()
    {
        await SetPlacesAsync(Org.SpangaTenstaDistrict, 1);
        var ids = await AdmitInTurnAsync(2);

        var today = AppTime.Today;
        var breaking = new BreakOnceReadingTheQueue();
        await using (var db = TestDatabase.NewContext(TestDatabase.ConnectionString, maxRetryDelay: TimeSpan.FromMilliseconds(10), configure: o => o.AddInterceptors(breaking)))
        {
            var holder = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == ids[0]);
            holder.Close(today, ReferralClosureReason.Studies, null, today);

            var failure = await Should.ThrowAsync<Exception>(() => new ResursPlaceService(db, SwedishTime.Clock).SaveAndServeQueueAsync(Org.SpangaTenstaDistrict, CancellationToken.None));
            DatabaseOutage.IsCause(failure).ShouldBeTrue(failure.ToString());
        }

        // All or nothing: the closure and the place it frees went together, so neither is saved, and sending again works.
        await using var check = App.NewDbContext();
        var saved = await check.Referrals.IgnoreQueryFilters().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        saved[ids[0]].ClosedOn.ShouldBeNull();
        saved[ids[0]].HoldsPlace.ShouldBeTrue();
        saved[ids[1]].IsQueued.ShouldBeTrue();
    }

    /// <summary>Breaks the connection (as a transient failure) the first time the district's queue is read.</summary>
    private sealed class BreakOnceReadingTheQueue : DbCommandInterceptor
    {
        private int _broken;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("closed_on IS NULL", StringComparison.Ordinal) && Interlocked.Exchange(ref _broken, 1) == 0)
            {
                throw new NpgsqlException("Simulated broken connection", new IOException("connection reset"));
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private async Task SetPlacesAsync(int districtId, int places)
    {
        await using var db = App.NewDbContext();
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

    /// <summary>Sends and admits <paramref name="count"/> Resurs referrals one after the other; their ids in that order.</summary>
    private async Task<List<Guid>> AdmitInTurnAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var referral = await NewResursReferralAsync();
            await using var db = App.NewDbContext();
            await new ResursPlaceService(db, SwedishTime.Clock).AdmitAsync(referral, CancellationToken.None);
            ids.Add(referral.Id);
        }

        return ids;
    }

    private async Task<Referral> NewResursReferralAsync()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await using var db = App.NewDbContext();
        var jobCentre = await db.JobCentres.Select(c => c.Id).FirstAsync();
        var today = AppTime.Today;
        return Referral.Send(
            new ReferralRequest(applicant.Id, Org.SpangaTenstaDistrict, jobCentre, ReferralProgram.Resurs, "Sjukskriven, kan arbeta halvtid.", 50, null, null,
                ReferralConsent.Refused(today), today),
            Org.UserIds["socialsekreterare.st"], AppTime.UtcNow, today);
    }
}
