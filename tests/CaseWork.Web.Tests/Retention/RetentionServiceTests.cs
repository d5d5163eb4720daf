using CaseWork.Domain.Calendar;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Retention;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static CaseWork.Web.Tests.Retention.RetentionFiles;

namespace CaseWork.Web.Tests.Retention;

/// <summary>The scheduled job: when it runs, and that a scheduled run deletes the due files.</summary>
public class RetentionServiceTests(AppFixture app) : AppTest(app)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    [Fact]
    public void WithNoRunBefore_TheFirstRunIsAtOnce() =>
        RetentionSchedule.WaitBefore(null, Day, Now).ShouldBe(TimeSpan.Zero);

    [Fact]
    public void TheNextRun_IsOneIntervalAfterTheLast() =>
        RetentionSchedule.WaitBefore(Now.AddHours(-2), Day, Now).ShouldBe(TimeSpan.FromHours(22));

    [Fact]
    public void ARunMissedWhileTheAppWasDown_IsMadeAtOnce() =>
        RetentionSchedule.WaitBefore(Now.AddHours(-30), Day, Now).ShouldBe(TimeSpan.Zero);

    [Fact]
    public void ALastRunInTheFuture_WaitsNoMoreThanOneInterval() =>
        RetentionSchedule.WaitBefore(Now.AddDays(3), Day, Now).ShouldBe(Day);

    [Fact]
    public async Task TheScheduledJob_DeletesTheDueFiles_AndLogsItsRun()
    {
        var due = await App.AddPersonAsync(Date("2015-06-10"));
        var service = Service(intervalHours: 24);

        await service.StartAsync(CancellationToken.None);
        RetentionRun? run = null;
        for (var waited = 0; run?.Outcome is not RetentionOutcome.Completed && waited < 100; waited++)
        {
            await Task.Delay(100);
            await using var poll = App.NewDbContext();
            run = await poll.RetentionRuns.AsNoTracking().SingleOrDefaultAsync();
        }

        await service.StopAsync(CancellationToken.None);

        run.ShouldNotBeNull();
        (run.Trigger, run.DryRun, run.People, run.Outcome).ShouldBe((RetentionTrigger.Scheduled, false, 1, RetentionOutcome.Completed));
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().AnyAsync(a => a.Id == due.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task WithTheIntervalAtZero_NothingRuns()
    {
        await App.AddPersonAsync(Date("2015-06-10"));
        var service = Service(intervalHours: 0);

        await service.StartAsync(CancellationToken.None);
        await Task.Delay(500);
        await service.StopAsync(CancellationToken.None);

        await using var db = App.NewDbContext();
        (await db.RetentionRuns.AnyAsync()).ShouldBeFalse();
        (await db.Applicants.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    private RetentionService Service(int intervalHours) => new(
        App.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new RetentionOptions { IntervalHours = intervalHours }),
        SwedishTime.Clock,
        App.Factory.Services.GetRequiredService<ILogger<RetentionService>>());
}
