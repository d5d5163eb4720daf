using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Architecture;

/// <summary>
/// The status message is left by the one save tail, <c>Validation/FormSave</c> (ADR 0012): a page that writes it
/// itself has stepped out of the pipeline. The one other writer is the submission-key filter, which answers a form
/// sent twice before any page runs.
/// </summary>
public partial class StatusMessageTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", "CaseWork.Web");

    private static readonly string[] Writers =
    [
        Path.Combine("Validation", "FormSave.cs"),
        Path.Combine("Submissions", "SubmissionKeyFilter.cs"),
    ];

    [Fact]
    public void OnlyFormSave_AndTheSubmissionKeyFilter_WriteTheStatusMessage()
    {
        var writers = Directory.EnumerateFiles(Web, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Web, f))
            .Where(f => !f.StartsWith("obj", StringComparison.Ordinal) && !f.StartsWith("bin", StringComparison.Ordinal))
            .Where(f => StatusMessageWrite().IsMatch(File.ReadAllText(Path.Combine(Web, f))))
            .ToList();

        writers.ShouldBe(Writers, ignoreOrder: true, "use this.SaveFormAsync(...) or this.WithStatusMessage(...) from Validation/FormSave");
    }

    /// <summary>An assignment to the status message's TempData entry, by its key or its name.</summary>
    [GeneratedRegex("""\[\s*(?:"StatusMessage"|FormSave\.StatusMessageKey|StatusMessageKey)\s*\]\s*=[^=]""")]
    private static partial Regex StatusMessageWrite();
}
