using System.Globalization;
using System.Net;
using System.Text;
using PortfolioBot.Core.Analysis;

namespace PortfolioBot.Admin.Portfolio;

/// <summary>
/// The 3-year analysis of section 2 as an inline SVG bar chart, drawn on the server: three bars per school year
/// (participations, prize-winners, graduates) so the dynamics show at a glance; no script and no chart library.
/// </summary>
public static class AnalysisChart
{
    private const int Width = 640;
    private const int Height = 300;
    private const int Left = 40;
    private const int Bottom = 40;
    private const int Top = 20;
    private const int LegendRow = 18;
    private const int LegendHeight = 3 * LegendRow + 8;
    private static readonly string[] Colours = ["#0d6efd", "#198754", "#fd7e14"];

    /// <param name="seriesNames">Localized names of the three series, in the order participations, prize-winners, graduates.</param>
    public static string Render(IReadOnlyList<YearComparison> years, IReadOnlyList<string> seriesNames, string title)
    {
        var values = years.Select(y => new[] { y.Figures.TotalParticipations, y.Figures.TotalPrizeWinners, y.Figures.Graduates }).ToList();
        var max = Math.Max(1, values.SelectMany(v => v).DefaultIfEmpty(0).Max());
        var plotHeight = Height - Top - Bottom;
        var groupWidth = (Width - Left - 10) / Math.Max(1, years.Count);
        var barWidth = groupWidth / 4;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"analysis-chart\" role=\"img\" viewBox=\"0 0 {Width} {Height + LegendHeight}\" width=\"100%\">");
        svg.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width}\" y2=\"{Top + plotHeight}\" stroke=\"#666\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\" font-size=\"12\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + plotHeight}\" text-anchor=\"end\" font-size=\"12\">0</text>");
        for (var i = 0; i < years.Count; i++)
        {
            var x0 = Left + i * groupWidth + barWidth / 2;
            for (var s = 0; s < 3; s++)
            {
                var value = values[i][s];
                var h = (int)Math.Round((double)value / max * plotHeight);
                var x = x0 + s * barWidth;
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x}\" y=\"{Top + plotHeight - h}\" width=\"{barWidth - 4}\" height=\"{h}\" fill=\"{Colours[s]}\">");
                svg.Append("<title>").Append(WebUtility.HtmlEncode($"{years[i].Figures.Year}: {seriesNames[s]} — {value}")).Append("</title></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (barWidth - 4) / 2}\" y=\"{Top + plotHeight - h - 4}\" text-anchor=\"middle\" font-size=\"11\">{value}</text>");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + barWidth * 3 / 2}\" y=\"{Top + plotHeight + 18}\" text-anchor=\"middle\" font-size=\"12\">{years[i].Figures.Year}</text>");
        }
        // One legend row per series: Kazakh and Russian names are too long to share a line.
        for (var s = 0; s < 3; s++)
        {
            var y = Height + 4 + s * LegendRow;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{Colours[s]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 18}\" y=\"{y + 11}\" font-size=\"12\">").Append(WebUtility.HtmlEncode(seriesNames[s])).Append("</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
