using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace PortfolioBot.Admin.Tests.Infrastructure;

/// <summary>
/// An HttpClient that submits the app's own forms the way a browser would: it reads a page, takes the form
/// (with its antiforgery token and hidden fields), fills in values and posts it.
/// </summary>
public sealed class AdminClient(HttpClient http) : IDisposable
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        using var response = await http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return await ParseAsync(html);
    }

    public static Task<IDocument> ParseAsync(string html) => Parser.OpenAsync(req => req.Content(html));

    /// <summary>Opens <paramref name="url"/>, takes the form matching <paramref name="formSelector"/>, overrides fields and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, IReadOnlyDictionary<string, string>? values = null, string? submitName = null, string? submitValue = null)
    {
        var page = await GetDocumentAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        return await PostFormAsync(form, url, values, submitName, submitValue);
    }

    public async Task<HttpResponseMessage> PostFormAsync(IHtmlFormElement form, string pageUrl, IReadOnlyDictionary<string, string>? values = null, string? submitName = null, string? submitValue = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || input.Type is "submit" or "button") continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            fields.Add(new(input.Name, input.Value));
        }
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            if (!string.IsNullOrEmpty(select.Name) && select.Value is { } v) fields.Add(new(select.Name, v));
        }
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>())
        {
            if (!string.IsNullOrEmpty(area.Name)) fields.Add(new(area.Name, area.Value));
        }
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                fields.RemoveAll(f => f.Key == name);
                fields.Add(new(name, value));
            }
        }
        if (submitName is not null) fields.Add(new(submitName, submitValue ?? ""));
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(target, content);
    }

    /// <summary>The antiforgery token of a form on <paramref name="pageUrl"/>, for hand-made posts.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl) =>
        (await GetDocumentAsync(pageUrl)).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
        ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");

    /// <summary>Posts exactly these fields; without a token it is what a forged cross-site form would send.</summary>
    public async Task<HttpResponseMessage> PostFieldsAsync(string url, IReadOnlyDictionary<string, string> values)
    {
        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(url, content);
    }

    public async Task SignInAsync(string email, string password)
    {
        using var response = await SubmitAsync("/Account/Login", "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => http.Dispose();
}
