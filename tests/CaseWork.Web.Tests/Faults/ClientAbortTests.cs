using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Faults;

/// <summary>A client that leaves before the answer (a closed tab, a load run that stops) is not an error of the app.</summary>
public class ClientAbortTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task RequestCancelledByTheClient_LogsNoError()
    {
        // Another host started and stopped in the process (as the tests of a second instance do) replaces and closes
        // Serilog's static logger: the request lines must still come from this app's own logger.
        await using (var other = new CaseWorkAppFactory())
        {
            other.StartOnKestrel();
        }

        var session = await SignInAsync("socialsekreterare.st");
        var errorsBefore = App.Factory.Log.Errors.Count;

        // The client leaves once the server has the request (on a busy machine a fixed delay may leave before it arrives).
        using var leave = new CancellationTokenSource();
        var request = session.GetAsync(SlowEndpoint.Path, leave.Token);
        (await SlowEndpoint.Reached.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue();
        await leave.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => request);

        // The request ends on the server once the cancelled read returns; its log line says how.
        var logged = await WaitForAsync(() => App.Factory.Log.Lines.FirstOrDefault(l => l.Contains(SlowEndpoint.Path + "\" responded", StringComparison.Ordinal)));
        logged.ShouldContain("responded 499");
        App.Factory.Log.Errors.Skip(errorsBefore).ShouldBeEmpty();
    }

    private static async Task<string> WaitForAsync(Func<string?> find)
    {
        for (var attempt = 0; attempt < 300; attempt++) // up to 30 s: under a full run the cancelled read may end only with the server-side sleep (10 s)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The request was never logged as finished.");
    }
}
