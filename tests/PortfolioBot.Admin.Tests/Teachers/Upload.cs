using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PortfolioBot.Admin.Tests.Infrastructure;

namespace PortfolioBot.Admin.Tests.Teachers;

/// <summary>Posts a page's multipart form with a file, keeping its hidden fields (antiforgery token included).</summary>
internal static class Upload
{
    public static async Task<HttpResponseMessage> PostFileAsync(AdminClient client, string url, string formSelector, string fileField, string fileName, byte[] bytes)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        using var content = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
            content.Add(new StringContent(input.Value), input.Name!);
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
            content.Add(new StringContent(select.Value ?? ""), select.Name!);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, fileField, fileName);
        return await client.Http.PostAsync(url, content);
    }
}
