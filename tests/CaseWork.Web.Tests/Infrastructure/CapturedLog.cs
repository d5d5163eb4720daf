using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>Everything the app logs during the run, as rendered text with its properties.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The lines logged as errors or worse: what an operator is alerted to.</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var properties = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        var line = $"{logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {properties} {logEvent.Exception}";
        _lines.Enqueue(line);
        if (logEvent.Level >= LogEventLevel.Error)
        {
            _errors.Enqueue(line);
        }
    }
}
