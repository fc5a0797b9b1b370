using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace PortfolioBot.Admin.Pages;

/// <summary>Friendly pages for 400, 403, 404 and 500, re-executed by the status code middleware.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    // A refused POST (e.g. a missing antiforgery token) is re-executed with its own method.
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code is >= 400 and < 600 ? code.Value : StatusCodes.Status404NotFound;
        var key = status switch
        {
            400 => "400",
            403 => "403",
            404 => "404",
            _ => "500",
        };
        Title = l[$"Status.{key}.Title"];
        Explanation = l[$"Status.{key}.Text"];
        Response.StatusCode = status;
    }
}
