using System.Globalization;
using System.Net;
using System.Text;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Export;

/// <summary>
/// index.html and profile.html of an export. Every value is HTML-encoded: titles and names are typed by
/// people, and an export is opened from disk in a browser, so nothing in it may become markup.
/// </summary>
internal static class ExportHtml
{
    public static string Index(ExportPlan plan)
    {
        var lang = plan.Language;
        var html = Start(plan, $"{ExportTexts.Portfolio.Get(lang)}: {plan.Teacher.FullName}");
        html.Append("<dl>");
        Term(html, ExportTexts.School.Get(lang), plan.SchoolName);
        Term(html, ExportTexts.Purpose.Get(lang), ExportPurposes.Name(plan.Purpose).Get(lang));
        if (plan.From is { } from && plan.To is { } to) Term(html, ExportTexts.Period.Get(lang), $"{Date(from)} – {Date(to)}");
        Term(html, ExportTexts.Generated.Get(lang), DateTimeText(plan.GeneratedAtUtc, plan.SchoolTimeZone));
        html.Append("</dl>");
        html.Append("<p><a href=\"").Append(Encode(ExportNames.Href(ProfilePath(plan)))).Append("\">")
            .Append(Encode(ExportTexts.Profile.Get(lang))).Append("</a></p>");

        foreach (var section in PortfolioCatalogue.Sections)
        {
            html.Append("<h2>").Append(Encode(ExportNames.SectionFolder(section, lang))).Append("</h2>");
            var items = plan.Items.Where(i => i.Entry.Section == section.Number).ToList();
            if (items.Count == 0) { html.Append("<p>").Append(Encode(ExportTexts.NoEntries.Get(lang))).Append("</p>"); continue; }
            html.Append("<table><thead><tr>");
            foreach (var head in new[] { ExportTexts.Date, ExportTexts.Kind, ExportTexts.Title, ExportTexts.Status, ExportTexts.ConfirmedBy, ExportTexts.Files })
                html.Append("<th>").Append(Encode(head.Get(lang))).Append("</th>");
            html.Append("</tr></thead><tbody>");
            foreach (var item in items) Row(html, plan, item);
            html.Append("</tbody></table>");
        }
        return End(html);
    }

    public static string ProfilePath(ExportPlan plan) =>
        $"{ExportNames.SectionFolder(PortfolioCatalogue.Section(1), plan.Language)}/{ExportNames.ProfileFile}";

    public static string Profile(ExportPlan plan)
    {
        var lang = plan.Language;
        var t = plan.Teacher;
        var html = Start(plan, ExportTexts.Profile.Get(lang));
        html.Append("<p>").Append(Encode($"{ExportTexts.AsOf.Get(lang)} {Date(plan.Today)}")).Append("</p><dl>");
        Term(html, ExportTexts.FullName.Get(lang), t.FullName);
        Term(html, ExportTexts.BirthYear.Get(lang), t.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? ExportTexts.NotGiven.Get(lang));
        Term(html, ExportTexts.Subjects.Get(lang), t.Subjects ?? ExportTexts.NotGiven.Get(lang));
        Term(html, ExportTexts.School.Get(lang), plan.SchoolName);
        Term(html, ExportTexts.TotalExperience.Get(lang), ExportTexts.Of(t.TotalExperience(plan.Today), lang));
        Term(html, ExportTexts.PedagogicalExperience.Get(lang), ExportTexts.Of(t.PedagogicalExperience(plan.Today), lang));
        Term(html, ExportTexts.SchoolExperience.Get(lang), ExportTexts.Of(t.SchoolExperience(plan.Today), lang));
        Term(html, ExportTexts.Category.Get(lang), t.Category is { } c && t.CategoryAwardedOn is { } on
            ? $"{Terms.Of(c).Get(lang)} ({ExportTexts.AwardedOn.Get(lang)} {Date(on)})"
            : ExportTexts.NotGiven.Get(lang));
        Term(html, ExportTexts.NextAttestation.Get(lang), t.NextAttestationDue is { } due ? Date(due) : ExportTexts.NotGiven.Get(lang));
        html.Append("</dl><h2>").Append(Encode(ExportTexts.Education.Get(lang))).Append("</h2>");
        if (t.Education.Count == 0) html.Append("<p>").Append(Encode(ExportTexts.NotGiven.Get(lang))).Append("</p>");
        else
        {
            html.Append("<table><thead><tr>");
            foreach (var head in new[] { ExportTexts.Year, ExportTexts.Institution, ExportTexts.Specialty, ExportTexts.Qualification })
                html.Append("<th>").Append(Encode(head.Get(lang))).Append("</th>");
            html.Append("</tr></thead><tbody>");
            foreach (var e in t.Education.OrderBy(e => e.YearCompleted))
                html.Append("<tr><td>").Append(e.YearCompleted).Append("</td><td>").Append(Encode(e.Institution)).Append("</td><td>")
                    .Append(Encode(e.Specialty)).Append("</td><td>").Append(Encode(e.Qualification)).Append("</td></tr>");
            html.Append("</tbody></table>");
        }
        return End(html);
    }

    private static void Row(StringBuilder html, ExportPlan plan, ExportItem item)
    {
        var lang = plan.Language;
        var e = item.Entry;
        html.Append("<tr><td>").Append(Date(e.Date)).Append("</td><td>").Append(Encode(e.Kind.Name.Get(lang))).Append("</td><td>");
        if (e.IsStarred) html.Append("★ <span class=\"priority\">").Append(Encode(ExportTexts.Priority.Get(lang))).Append("</span> ");
        html.Append(Encode(e.Title));
        if (e.Description is { } description) html.Append("<br><small>").Append(Encode(description)).Append("</small>");
        html.Append("</td><td>").Append(Encode(Terms.Of(e.Status).Get(lang))).Append("</td><td>");
        if (e.Status == EntryStatus.Confirmed && e.ReviewedAt is { } at)
            html.Append(Encode($"{e.ReviewedByName}, {DateTimeText(at, plan.SchoolTimeZone)}"));
        else if (e.Status == EntryStatus.Recorded)
            html.Append(Encode(ExportTexts.NoConfirmationNeeded.Get(lang)));
        html.Append("</td><td>");
        foreach (var file in item.Files)
        {
            if (file.Missing) html.Append(Encode($"{file.File.OriginalName} ({ExportTexts.Missing.Get(lang)})"));
            else html.Append("<a href=\"").Append(Encode(ExportNames.Href(file.ZipPath))).Append("\">").Append(Encode(file.ZipPath.Split('/')[^1])).Append("</a>");
            html.Append("<br>");
        }
        html.Append("</td></tr>");
    }

    private static StringBuilder Start(ExportPlan plan, string title) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"").Append(plan.Language).Append("\"><head><meta charset=\"utf-8\"><title>")
        .Append(Encode(title))
        .Append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
        .Append("th,td{border:1px solid #999;padding:4px;vertical-align:top;text-align:left}.priority{color:#b8860b}</style></head><body><h1>")
        .Append(Encode(title)).Append("</h1>");

    private static string End(StringBuilder html) => html.Append("</body></html>").ToString();

    private static void Term(StringBuilder html, string term, string? value) =>
        html.Append("<dt>").Append(Encode(term)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string DateTimeText(DateTime utc, string timeZone) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, SchoolCalendar.FindTimeZone(timeZone)).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
