using System.IO.Compression;
using System.Text;

namespace PortfolioBot.Core.Tests;

/// <summary>Small but real files of every kind the store meets, built byte by byte.</summary>
internal static class Samples
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    public static byte[] Jpeg =>
    [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
        0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9,
    ];

    public static byte[] WebP => [.. "RIFF"u8, 0x1A, 0, 0, 0, .. "WEBPVP8 "u8, 0x0E, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>An ISO base media file: a 'ftyp' box with the given major brand.</summary>
    public static byte[] IsoMedia(string brand) =>
        [0, 0, 0, 0x18, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand), 0, 0, 2, 0, .. "isomiso2"u8, 0, 0, 0, 8, .. "free"u8];

    public static byte[] Mp4 => IsoMedia("isom");

    public static byte[] Text(string text, bool bom = false) => [.. bom ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. Encoding.UTF8.GetBytes(text)];

    public static byte[] KazakhText => Text("Ашық сабақтың конспектісі: «Әліппе». Қатысқан оқушылар: Әсел, Ғалым, Қайрат, Ұлан, Үміт, Һәдия, Іңкәр, Өмір.\n");

    public static byte[] Html => Text("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>");

    public static byte[] Svg => Text("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");

    public static byte[] WindowsExe => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. "This program cannot be run in DOS mode"u8];

    public static byte[] Elf => [0x7F, .. "ELF"u8, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] ShellScript => Text("#!/bin/sh\nrm -rf /\n");

    /// <summary>An OLE compound file carrying the given stream name (UTF-16), as legacy Office files do.</summary>
    public static byte[] Ole(string streamName) =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes(streamName), .. new byte[64]];

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    public static byte[] Docx => Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", "<Relationships/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Xlsx => Zip(("[Content_Types].xml", ContentTypes), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Pptx => Zip(("[Content_Types].xml", ContentTypes), ("ppt/presentation.xml", "<presentation/>"));

    public static byte[] MacroDocx => Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "Attribute VB_Name"));

    public static byte[] Odt => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    public static byte[] PlainZip => Zip(("photo.jpg", "not really"), ("setup.exe", "MZ"));
}
