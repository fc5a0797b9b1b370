using System.Text;

namespace PortfolioBot.Bot.Tests.Harness;

/// <summary>Small files whose bytes the evidence store's content sniffer recognises.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(string marker = "diploma") => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    public static byte[] Jpeg(byte seed = 1) => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, seed, seed, seed, 0xFF, 0xD9];

    /// <summary>A Windows executable: refused whatever its name says.</summary>
    public static byte[] Executable() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];
}
