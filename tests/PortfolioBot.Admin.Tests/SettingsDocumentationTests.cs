using System.Reflection;
using System.Text.Json;

namespace PortfolioBot.Admin.Tests;

/// <summary>The IT person's view: every setting the code reads is in appsettings.example.json and in the README.</summary>
public sealed class SettingsDocumentationTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    [Fact]
    public void EveryOptionsPropertyIsListedInTheExampleSettings()
    {
        var example = ExampleKeys();
        var missing = OptionsKeys().Where(k => !example.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Missing from appsettings.example.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryExampleSettingIsExplainedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md"));
        var missing = ExampleKeys().Where(k => !readme.Contains($"`{k}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Missing from the README's configuration table: " + string.Join(", ", missing));
    }

    [Fact]
    public void ExampleSettingsHoldNoSecrets()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "appsettings.example.json")));
        var telegram = doc.RootElement.GetProperty("Telegram");
        Assert.Equal("", telegram.GetProperty("Token").GetString());
        Assert.Equal("", telegram.GetProperty("WebhookSecret").GetString());
    }

    private static HashSet<string> OptionsKeys()
    {
        Assembly[] assemblies = [typeof(Core.DependencyInjection).Assembly, typeof(Bot.DependencyInjection).Assembly, typeof(Program).Assembly];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is not { IsLiteral: true } field) continue;
            var section = (string)field.GetRawConstantValue()!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
                keys.Add($"{section}:{property.Name}");
        }
        Assert.NotEmpty(keys);
        return keys;
    }

    private static HashSet<string> ExampleKeys()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "appsettings.example.json")));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Walk(doc.RootElement, "", keys);
        return keys;
    }

    private static void Walk(JsonElement element, string prefix, HashSet<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object) { keys.Add(prefix); return; }
        foreach (var property in element.EnumerateObject())
            Walk(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", keys);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PortfolioBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PortfolioBot.sln not found above " + AppContext.BaseDirectory);
    }
}
