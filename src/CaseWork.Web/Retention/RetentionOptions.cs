using CaseWork.Infrastructure.Retention;

namespace CaseWork.Web.Retention;

public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Hours between scheduled runs; 0 turns the schedule off (the administrator runs it by hand).</summary>
    public int IntervalHours { get; set; } = 24;

    /// <summary>People deleted per transaction.</summary>
    public int BatchSize { get; set; } = RetentionRunner.DefaultBatchSize;
}
