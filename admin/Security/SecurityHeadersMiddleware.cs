namespace PortfolioBot.Admin.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy without inline script (all JS lives in wwwroot/js),
/// no MIME sniffing, no framing by other sites, no full URLs leaked in Referer. A response that set its own
/// policy (the evidence file endpoint) keeps it.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
        "object-src 'self'; frame-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (headers.ContainsKey("Content-Security-Policy")) return Task.CompletedTask;
            headers.ContentSecurityPolicy = PagePolicy;
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
