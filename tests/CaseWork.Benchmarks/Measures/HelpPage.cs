using CaseWork.Benchmarks.Harness;
using CaseWork.Web.Pages.Help;
using Markdig;

namespace CaseWork.Benchmarks.Measures;

/// <summary>The help page's one piece of work: the user guide turned into HTML, once at start-up (a singleton).</summary>
public sealed class HelpPage : Measure
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers().DisableHtml().Build();
    private string _markdown = string.Empty;

    public override string Name => "Help page";

    public override string Description =>
        "/Help: docs/user-guide.md parsed, its images pointed at /Help/images, its sections collected and rendered (UserGuide.Parse). " +
        "The app does this once at start-up and each request writes the cached HTML, so this bounds the first request. " +
        "Raw: Markdig's Markdown.ToHtml on the same text with the same extensions.";

    public override int? Iterations => 200;

    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken) =>
        _markdown = await File.ReadAllTextAsync(Path.Combine(UserGuide.Directory, "user-guide.md"), cancellationToken);

    public override Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        Task.FromResult<object>(UserGuide.Parse(_markdown).Html.ToString() ?? string.Empty);

    public override Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        Task.FromResult<object>(Markdown.ToHtml(_markdown, Plain));

    /// <summary>The sections both sides give an id to (the app leaves out the guide's title, which the page replaces).</summary>
    public override string Fingerprint(object result) =>
        ((string)result).Split("<h2 id=", StringSplitOptions.None).Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
