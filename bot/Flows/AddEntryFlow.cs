using System.Globalization;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using static PortfolioBot.Bot.Flows.AddEntrySteps;

namespace PortfolioBot.Bot.Flows;

/// <summary>
/// Add entry (and Edit/Fix of an existing one): section → kind → title → date → the kind's fields → description →
/// evidence → summary → save or submit. Answers live in <see cref="FlowData"/>; a refused answer asks again and
/// loses nothing. Back and Cancel work at every step.
/// </summary>
public sealed class AddEntryFlow(AddEntryFiles files, AddEntrySave save, MainMenuFlow menu)
{
    public Task StartAsync(Conversation c, int? section, string? kindCode, CancellationToken ct)
    {
        var data = new FlowData();
        if (PortfolioCatalogue.Find(kindCode) is { } kind)
        {
            data.Section = kind.Section;
            data.Kind = kind.Code;
            return GoAsync(c, Title, data, ct);
        }
        if (section is >= 1 and <= 4)
        {
            data.Section = section;
            return GoAsync(c, ChooseKind, data, ct);
        }
        return GoAsync(c, ChooseSection, data, ct);
    }

    /// <summary>Opens an existing draft or returned entry on its summary card.</summary>
    public Task EditAsync(Conversation c, Entry entry, CancellationToken ct) => GoAsync(c, Summary, FlowData.FromEntry(entry), ct);

    public async Task OnButtonAsync(Conversation c, string action, string? arg, CancellationToken ct)
    {
        var d = c.Data;
        var step = c.State.Step;
        switch (action)
        {
            case "cancel": await menu.CancelAsync(c, ct); return;
            case "back": await BackAsync(c, ct); return;
            case "sec" when CallbackData.TryInt(arg, out var s) && s is >= 1 and <= 4:
                d.Section = s;
                await GoAsync(c, ChooseKind, d, ct);
                return;
            case "kind" when PortfolioCatalogue.Find(arg) is { } kind && kind.Section == d.Section:
                d.Kind = kind.Code;
                await GoAsync(c, Title, d, ct);
                return;
            case "today" when step == Date: d.Date = c.Today; break;
            case "yest" when step == Date: d.Date = c.Today.AddDays(-1); break;
            case "lvl" when step == AddEntrySteps.Level && TryEnum<Level>(arg, out var level): d.Level = level; break;
            case "res" when step == Result && TryEnum<ResultKind>(arg, out var result):
                d.Result = result;
                if (result != ResultKind.PrizeWinner) d.Place = null;
                else
                {
                    await GoAsync(c, Place, d, ct);
                    return;
                }
                break;
            case "pl" when step == Place && CallbackData.TryInt(arg, out var place) && place is >= 1 and <= 3: d.Place = place; break;
            case "doc" when step == AddEntrySteps.DocumentType && TryEnum<DocumentType>(arg, out var type): d.DocumentType = type; break;
            case "skip" when PortfolioCatalogue.Find(d.Kind) is { } sk && step is not (ChooseSection or ChooseKind or Files or Summary) && !IsRequired(sk, step):
                Clear(d, step);
                break;
            case "done" when step == Files: break;
            case "edit" when arg is not null && PortfolioCatalogue.Find(d.Kind) is { } k && Editable(k, d).Contains(arg):
                await GoAsync(c, arg, d, ct);
                return;
            case "save" when step == Summary: await save.SaveAsync(c, submit: false, ct); return;
            case "submit" when step == Summary: await save.SaveAsync(c, submit: true, ct); return;
            default:
                await c.NoticeAsync(c.T(T.Stale), ct);
                return;
        }
        await NextAsync(c, step, ct);
    }

    public async Task OnInputAsync(Conversation c, ChatEvent input, CancellationToken ct)
    {
        var step = c.State.Step;
        switch (input)
        {
            // A file sent at the summary is clearly meant for this entry: take it, the Done button returns to the summary.
            case FilesReceived received when step is Files or Summary:
                await files.ReceiveAsync(c, received, ct);
                return;
            case TextReceived text when step is Title or Date or Issuer or Pupils or Hours or Link or Description:
                if (await AcceptTextAsync(c, step, text.Text.Trim(), ct)) await NextAsync(c, step, ct);
                return;
            case UnsupportedReceived:
                await c.SayAsync(c.T(T.Unsupported), ct);
                return;
            case FilesReceived:
                await c.SayAsync(c.T(T.UseButtons), ct);
                await GoAsync(c, step, c.Data, ct);
                return;
            default:
                await c.SayAsync(c.T(T.UseButtons), ct);
                return;
        }
    }

    /// <summary>Shows a step's question (or the summary) and moves the flow there.</summary>
    public async Task GoAsync(Conversation c, string step, FlowData data, CancellationToken ct)
    {
        if (step == Summary) data.BackToSummary = true;
        c.MoveTo(FlowNames.AddEntry, step, data);
        var message = step == Summary ? await save.RenderSummaryAsync(c, ct) : AddEntryPrompts.For(c, step);
        if (c.Event is ButtonPressed) await c.ShowAsync(message, ct);
        else await c.SendAsync(message, ct);
    }

    private Task NextAsync(Conversation c, string step, CancellationToken ct)
    {
        var d = c.Data;
        if (d.BackToSummary && step != Result) return GoAsync(c, Summary, d, ct);
        var steps = For(PortfolioCatalogue.Get(d.Kind!), d);
        var index = steps.IndexOf(step);
        return GoAsync(c, steps[Math.Min(index + 1, steps.Count - 1)], d, ct);
    }

    private async Task BackAsync(Conversation c, CancellationToken ct)
    {
        var d = c.Data;
        var step = c.State.Step;
        if (step == ChooseSection || (step == Summary && d.EntryId is not null) || (step == ChooseKind && d.Section is null))
        {
            await menu.CancelAsync(c, ct);
            return;
        }
        if (d.BackToSummary && step is not (Summary or ChooseSection or ChooseKind))
        {
            await GoAsync(c, Summary, d, ct);
            return;
        }
        if (step == Title) { await GoAsync(c, ChooseKind, d, ct); return; }
        if (step == ChooseKind) { await GoAsync(c, ChooseSection, d, ct); return; }
        var steps = For(PortfolioCatalogue.Get(d.Kind!), d);
        var index = steps.IndexOf(step);
        await GoAsync(c, steps[Math.Max(index - 1, 0)], d, ct);
    }

    private static async Task<bool> AcceptTextAsync(Conversation c, string step, string text, CancellationToken ct)
    {
        var d = c.Data;
        string? problem = step switch
        {
            Title when text.Length == 0 => c.F(T.Required, c.T(T.FTitle)),
            Title when text.Length > EntryDetails.MaxTitleLength => c.F(T.TooLong, text.Length, EntryDetails.MaxTitleLength),
            Description when text.Length > EntryDetails.MaxDescriptionLength => c.F(T.TooLong, text.Length, EntryDetails.MaxDescriptionLength),
            Issuer or Link when text.Length > EntryDetails.MaxShortTextLength => c.F(T.TooLong, text.Length, EntryDetails.MaxShortTextLength),
            Pupils when text.Length > EntryDetails.MaxPupilNamesLength => c.F(T.TooLong, text.Length, EntryDetails.MaxPupilNamesLength),
            Link when !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") => c.T(T.BadLink),
            Hours when !(decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var h) && h is > 0 and <= 5000) => c.T(T.NotANumber),
            Date => DateProblemText(c, PortfolioDate.TryParse(text, c.Today, out _)),
            _ => null,
        };
        if (problem is not null)
        {
            // Asked again with the same buttons; everything entered so far stays in FlowData.
            await c.SayAsync(problem, ct);
            return false;
        }

        switch (step)
        {
            case Title: d.Title = text; break;
            case Date: PortfolioDate.TryParse(text, c.Today, out var date); d.Date = date; break;
            case Issuer: d.Issuer = text; break;
            case Link: d.Link = text; break;
            case Description: d.Description = text; break;
            case Hours: d.Hours = decimal.Parse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture); break;
            case Pupils when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 10000:
                d.PupilCount = count;
                d.PupilNames = null;
                break;
            case Pupils:
                d.PupilNames = text;
                d.PupilCount = null;
                break;
        }
        return true;
    }

    public static string? DateProblemText(Conversation c, DateProblem problem) => problem switch
    {
        DateProblem.None => null,
        DateProblem.NotACalendarDate => c.T(T.DateNotCalendar),
        DateProblem.InFuture => c.T(T.DateFuture),
        DateProblem.TooOld => c.T(T.DateTooOld),
        _ => c.T(T.DateUnreadable),
    };

    private static void Clear(FlowData d, string step)
    {
        switch (step)
        {
            case Issuer: d.Issuer = null; break;
            case AddEntrySteps.Level: d.Level = null; break;
            case Result: d.Result = null; d.Place = null; break;
            case Pupils: d.PupilCount = null; d.PupilNames = null; break;
            case Hours: d.Hours = null; break;
            case Link: d.Link = null; break;
            case AddEntrySteps.DocumentType: d.DocumentType = null; break;
            case Description: d.Description = null; break;
        }
    }

    private static bool TryEnum<TEnum>(string? arg, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return CallbackData.TryInt(arg, out var n) && Enum.IsDefined(typeof(TEnum), n) && (value = (TEnum)(object)n) is var _;
    }
}
