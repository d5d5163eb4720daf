using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CaseWork.Web.Exports;

/// <summary>
/// A download written by a synchronous writer into a buffer that spills to a temporary file beyond a small size, then
/// copied to the response asynchronously: Kestrel refuses synchronous writes, and a large export never sits whole in
/// memory.
/// </summary>
public sealed class ExportFileResult : FileResult
{
    private readonly Action<Stream> _write;

    public ExportFileResult(string contentType, string fileDownloadName, Action<Stream> write) : base(contentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileDownloadName);
        FileDownloadName = fileDownloadName;
        _write = write;
    }

    public override async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        await using var buffer = new FileBufferingWriteStream();
        _write(buffer);
        response.ContentType = ContentType;
        response.ContentLength = buffer.Length;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileDownloadName }.ToString();
        // Exports can hold case data: no copy stays in a shared cache.
        response.Headers.CacheControl = "no-store";
        await buffer.DrainBufferAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
