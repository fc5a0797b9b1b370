using System.ComponentModel.DataAnnotations;

namespace PortfolioBot.Bot.Delivery;

/// <summary>Where the admin is reachable from a phone: reviewer digests link to its review queue.</summary>
public sealed class AdminLinkOptions : IValidatableObject
{
    public const string SectionName = "Admin";

    /// <summary>Public base URL of the admin, e.g. https://portfolio.school.kz; without it digests carry no link.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Path of the review queue under <see cref="PublicUrl"/>.</summary>
    public string ReviewQueuePath { get; set; } = "/Review";

    public Uri? ReviewQueueUrl => string.IsNullOrWhiteSpace(PublicUrl) ? null : new Uri(new Uri(PublicUrl.TrimEnd('/') + "/"), ReviewQueuePath.TrimStart('/'));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicUrl)
            && (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            yield return new("Admin:PublicUrl must be an absolute http(s) URL such as https://portfolio.school.kz.", [nameof(PublicUrl)]);
    }
}
