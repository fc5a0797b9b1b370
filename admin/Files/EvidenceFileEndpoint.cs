using System.Net.Mime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Evidence;

namespace PortfolioBot.Admin.Files;

/// <summary>
/// `/files/{id}`: evidence bytes for staff of the entry's school only (404 otherwise). Shown inline only when the
/// sniffed type is an image, PDF or video; everything else is an attachment. The response carries its own
/// strict policy so no uploaded byte can run as a page.
/// </summary>
public static class EvidenceFileEndpoint
{
    /// <summary>Sandboxed: even if a browser rendered the bytes as a document, it could run nothing.</summary>
    public const string FilePolicy = "default-src 'none'; sandbox; frame-ancestors 'self'";

    /// <summary>
    /// Chromium refuses to show a PDF in a sandboxed document, so a PDF goes without the sandbox token; it is
    /// still a PDF by its bytes (the store sniffs them), and may load nothing from anywhere.
    /// </summary>
    public const string PdfPolicy = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

    public static IEndpointRouteBuilder MapEvidenceFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{id:int}", ServeAsync).RequireAuthorization();
        return app;
    }

    public static bool IsShownInline(string contentType) =>
        contentType.StartsWith("image/", StringComparison.Ordinal) && contentType != "image/heic"
        || contentType == MediaTypeNames.Application.Pdf
        || contentType.StartsWith("video/", StringComparison.Ordinal);

    private static async Task<IResult> ServeAsync(int id, string? download, StaffScope scope, EvidenceStore store, HttpContext context)
    {
        var file = await scope.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, context.RequestAborted);
        if (file is null || !store.Exists(file.Sha256)) return Results.NotFound();

        var inline = download is not ("1" or "true") && IsShownInline(file.ContentType);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = file.ContentType == MediaTypeNames.Application.Pdf && inline ? PdfPolicy : FilePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers.CacheControl = "private, max-age=3600";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.OriginalName);
        headers.ContentDisposition = disposition.ToString();
        var contentType = inline ? file.ContentType : MediaTypeNames.Application.Octet;
        return Results.Stream(store.OpenRead(file.Sha256), contentType, enableRangeProcessing: true);
    }
}
