using System.Globalization;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using static PortfolioBot.Bot.Flows.AddEntrySteps;

namespace PortfolioBot.Bot.Flows;

/// <summary>What Add entry shows at each step: the question and its buttons (closed sets as buttons, Back/Cancel always).</summary>
internal static class AddEntryPrompts
{
    private static readonly int[] Places = [1, 2, 3];

    public static OutgoingMessage For(Conversation c, string step)
    {
        var d = c.Data;
        var kind = PortfolioCatalogue.Find(d.Kind);
        var rows = new List<IReadOnlyList<ChatButton>>();
        string text;
        switch (step)
        {
            case ChooseSection:
                text = c.T(T.AskSection);
                rows.AddRange(PortfolioCatalogue.Sections.Select(s => (IReadOnlyList<ChatButton>)
                    [c.Button($"{s.Number}. {s.Name.Get(c.Language)}", "sec", s.Number.ToString(CultureInfo.InvariantCulture))]));
                break;
            case ChooseKind:
                text = c.F(T.AskKind, PortfolioCatalogue.Section(d.Section ?? 1).Name.Get(c.Language));
                rows.AddRange(PortfolioCatalogue.KindsOf(d.Section ?? 1).Select(k => (IReadOnlyList<ChatButton>)[c.Button(k.Name.Get(c.Language), "kind", k.Code)]));
                break;
            case Title:
                text = c.F(T.AskTitle, EntryDetails.MaxTitleLength);
                break;
            case Date:
                text = c.T(T.AskDate);
                rows.Add([c.Button(T.Today, "today"), c.Button(T.Yesterday, "yest")]);
                break;
            case Issuer: text = c.T(T.AskIssuer); break;
            case AddEntrySteps.Level:
                text = c.T(T.AskLevel);
                rows.AddRange(Enum.GetValues<Level>().Chunk(2).Select(pair => (IReadOnlyList<ChatButton>)
                    [.. pair.Select(l => c.Button(Terms.Of(l).Get(c.Language), "lvl", ((int)l).ToString(CultureInfo.InvariantCulture)))]));
                break;
            case Result:
                text = c.T(T.AskResult);
                rows.Add([.. Enum.GetValues<ResultKind>().Select(r => c.Button(Terms.Of(r).Get(c.Language), "res", ((int)r).ToString(CultureInfo.InvariantCulture)))]);
                break;
            case Place:
                text = c.T(T.AskPlace);
                rows.Add([.. Places.Select(p => c.Button(Terms.Place(p).Get(c.Language), "pl", p.ToString(CultureInfo.InvariantCulture)))]);
                break;
            case Pupils: text = c.T(T.AskPupils); break;
            case Hours: text = c.T(T.AskHours); break;
            case Link: text = c.T(T.AskLink); break;
            case AddEntrySteps.DocumentType:
                text = c.T(T.AskDocType);
                rows.AddRange(Enum.GetValues<DocumentType>().Chunk(2).Select(pair => (IReadOnlyList<ChatButton>)
                    [.. pair.Select(t => c.Button(Terms.Of(t).Get(c.Language), "doc", ((int)t).ToString(CultureInfo.InvariantCulture)))]));
                break;
            case Description: text = c.F(T.AskDescription, EntryDetails.MaxDescriptionLength); break;
            case Files:
                text = c.T(T.AskFiles);
                rows.Add([c.Button(T.FilesDone, "done")]);
                break;
            default:
                throw new InvalidOperationException($"No prompt for step '{step}'.");
        }

        if (kind is not null && step is not (ChooseSection or ChooseKind or Files) && !IsRequired(kind, step)) rows.Add([c.Button(T.Skip, "skip")]);
        rows.Add([c.Button(T.Back, "back"), c.Button(T.Cancel, "cancel")]);
        return new OutgoingMessage(text, rows);
    }

    /// <summary>The fields as the summary and the entry card show them.</summary>
    public static string Describe(Conversation c, ItemKind kind, FlowData d, int fileCount)
    {
        var lines = new List<string>
        {
            $"{c.T(T.FKind)}: {kind.Name.Get(c.Language)}",
            $"{c.T(T.FTitle)}: {d.Title}",
            $"{c.T(T.FDate)}: {d.Date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}",
        };
        void Add(KindField field, LocalizedText label, string? value)
        {
            if (kind.AsksFor(field)) lines.Add($"{c.T(label)}: {value ?? c.T(T.NotSet)}");
        }
        Add(KindField.Issuer, T.FIssuer, d.Issuer);
        Add(KindField.Level, T.FLevel, d.Level is { } l ? Terms.Of(l).Get(c.Language) : null);
        Add(KindField.Result, T.FResult, d.Result is { } r ? Terms.Of(r).Get(c.Language) + (d.Place is { } p ? $", {Terms.Place(p).Get(c.Language)}" : string.Empty) : null);
        Add(KindField.Pupils, T.FPupils, d.PupilCount?.ToString(CultureInfo.InvariantCulture) ?? d.PupilNames);
        Add(KindField.Hours, T.FHours, d.Hours?.ToString(CultureInfo.InvariantCulture));
        Add(KindField.Link, T.FLink, d.Link);
        Add(KindField.DocumentType, T.FDocType, d.DocumentType is { } t ? Terms.Of(t).Get(c.Language) : null);
        Add(KindField.Description, T.FDescription, d.Description);
        lines.Add($"{c.T(T.FFiles)}: {fileCount}");
        return string.Join('\n', lines);
    }

    public static LocalizedText Label(string step) => step switch
    {
        Title => T.FTitle,
        Date => T.FDate,
        Issuer => T.FIssuer,
        AddEntrySteps.Level => T.FLevel,
        Result => T.FResult,
        Pupils => T.FPupils,
        Hours => T.FHours,
        Link => T.FLink,
        AddEntrySteps.DocumentType => T.FDocType,
        Description => T.FDescription,
        Files => T.FFiles,
        _ => T.FKind,
    };
}
