using PortfolioBot.Bot.Conversations;
using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Flows;

/// <summary>The order of Add entry's steps for a kind: only the fields the kind asks for, a place only for a prize-winner.</summary>
public static class AddEntrySteps
{
    public const string ChooseSection = "section";
    public const string ChooseKind = "kind";
    public const string Title = "title";
    public const string Date = "date";
    public const string Issuer = "issuer";
    public const string Level = "level";
    public const string Result = "result";
    public const string Place = "place";
    public const string Pupils = "pupils";
    public const string Hours = "hours";
    public const string Link = "link";
    public const string DocumentType = "doctype";
    public const string Description = "description";
    public const string Files = "files";
    public const string Summary = "summary";

    private static readonly (string Step, KindField Field)[] FieldSteps =
    [
        (Issuer, KindField.Issuer), (Level, KindField.Level), (Result, KindField.Result), (Pupils, KindField.Pupils),
        (Hours, KindField.Hours), (Link, KindField.Link), (DocumentType, KindField.DocumentType), (Description, KindField.Description),
    ];

    public static List<string> For(ItemKind kind, FlowData data)
    {
        var steps = new List<string> { ChooseSection, ChooseKind, Title, Date };
        foreach (var (step, field) in FieldSteps)
        {
            if (!kind.AsksFor(field)) continue;
            steps.Add(step);
            if (step == Result && data.Result == ResultKind.PrizeWinner) steps.Add(Place);
        }
        steps.Add(Files);
        steps.Add(Summary);
        return steps;
    }

    /// <summary>Field steps the summary offers to change (title, date and the kind's own fields).</summary>
    public static IEnumerable<string> Editable(ItemKind kind, FlowData data) =>
        For(kind, data).Where(s => s is not (ChooseSection or ChooseKind or Summary or Place));

    public static bool IsRequired(ItemKind kind, string step) => step switch
    {
        Title or Date => true,
        Place => true,
        _ => FieldSteps.FirstOrDefault(f => f.Step == step) is { Field: not KindField.None } f && kind.IsRequired(f.Field),
    };
}
