using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using PortfolioBot.Core.Export;

namespace PortfolioBot.Admin.Portfolio;

/// <summary>
/// Streams an export's ZIP into the response as it is made: no buffering, no temp file, no Content-Length
/// (chunked), so a large portfolio costs the server a few buffers, not its size.
/// </summary>
public sealed class ExportZipResult(PortfolioExporter exporter, ExportPlan plan) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var response = http.Response;
        response.ContentType = "application/zip";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(plan.ArchiveName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        await exporter.WriteAsync(plan, response.Body, http.RequestAborted);
    }
}
