using System.Globalization;
using System.Text;
using QRCoder;

namespace PortfolioBot.Admin.Teachers;

/// <summary>
/// A QR code as inline SVG markup built from QRCoder's module matrix: one path, no style attributes and no
/// data URI, so it passes a strict Content-Security-Policy and prints sharply at any size.
/// </summary>
public static class QrSvg
{
    public static string Render(string text, int sizePixels = 240)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x]) path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
            }
        }
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"QR\" width=\"{sizePixels}\" height=\"{sizePixels}\" "
            + $"viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>"
            + $"<path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
