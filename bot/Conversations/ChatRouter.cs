using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Flows;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Bot.Conversations;

/// <summary>
/// Routes one event to its flow: groups get a polite refusal, floods are throttled, unlinked users can only
/// join or pick a language, commands and menu/notification buttons work from any state, and everything else
/// goes to the flow the chat is in.
/// </summary>
public sealed class ChatRouter(
    IChatChannel channel, PortfolioDbContext db, TimeProvider time, SchoolCalendar calendar, FloodThrottle throttle, FlowSet flows,
    ILogger<ChatRouter> logger)
{
    public async Task HandleAsync(ChatEvent incoming, CancellationToken ct)
    {
        var origin = incoming.Origin;
        if (!origin.IsPrivate)
        {
            await RefuseGroupAsync(incoming, ct);
            return;
        }
        var verdict = throttle.Hit(origin.UserId);
        if (verdict != FloodThrottle.Verdict.Allowed)
        {
            logger.LogWarning("Flood from user {UserId} in chat {ChatId}: event {EventId} dropped", origin.UserId, origin.ChatId, incoming.EventId);
            if (verdict == FloodThrottle.Verdict.JustThrottled)
                await channel.SendAsync(origin.ChatId, new OutgoingMessage(T.Flood.Get(origin.LanguageCode)), ct);
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        // Who is writing, in one query (left joins by primary key): the account, its active teacher, the school's zone.
        var found = await (
                from a in db.ChatAccounts.Where(a => a.Channel == channel.Name && a.ExternalUserId == origin.UserId)
                join t in db.Teachers.Where(t => t.IsActive) on a.TeacherId equals (int?)t.Id into teachers
                from t in teachers.DefaultIfEmpty()
                join s in db.Schools on t.SchoolId equals s.Id into schools
                from s in schools.DefaultIfEmpty()
                select new { Account = a, Teacher = t, Zone = s.TimeZoneId })
            .FirstOrDefaultAsync(ct);
        var account = found?.Account;
        account?.Seen(origin.ChatId, origin.LanguageCode, now);
        var teacher = found?.Teacher;
        var zone = found?.Zone ?? SchoolCalendar.DefaultTimeZoneId;
        var state = await db.Conversations.FirstOrDefaultAsync(s => s.Channel == channel.Name && s.ChatId == origin.ChatId, ct);
        if (state is null)
        {
            state = new ConversationState(channel.Name, origin.ChatId, now);
            db.Conversations.Add(state);
        }
        teacher?.TouchActivity(now);

        var c = new Conversation(channel, db, incoming, account, state, teacher, now, calendar.Today(zone));
        try
        {
            await RouteAsync(c, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Someone else (a reviewer, a second tap) changed the same entry or flow first: nothing of ours was saved.
            logger.LogInformation(ex, "Concurrent change while handling event {EventId} in chat {ChatId}", incoming.EventId, origin.ChatId);
            await c.NoticeAsync(c.T(T.Stale), ct);
        }
        catch (ChatDeliveryException ex)
        {
            logger.LogWarning(ex, "Could not answer event {EventId} in chat {ChatId}", incoming.EventId, origin.ChatId);
            await db.SaveChangesAsync(ct);
        }
        await c.AnswerAsync(null, ct);
    }

    private async Task RouteAsync(Conversation c, CancellationToken ct)
    {
        switch (c.Event)
        {
            case CommandReceived { Command: "start" } start: await flows.Join.StartAsync(c, start.Argument, ct); return;
            case CommandReceived { Command: "language" or "lang" }: await flows.Language.ShowAsync(c, ct); return;
            case CommandReceived { Command: "help" } when c.Teacher is not null || c.Account?.StaffMemberId is null: await flows.Menu.HelpAsync(c, ct); return;
            case ButtonPressed { Data: ['l', ':', ..] } press: await flows.Language.ChooseAsync(c, press.Data[2..], ct); return;
        }
        if (c.Teacher is null)
        {
            // A staff member links Telegram only to receive digests; teacher flows are not theirs.
            var staffName = await JoinFlow.LinkedStaffNameAsync(c, ct);
            await c.NoticeAsync(staffName is null ? c.T(T.NotLinked) : c.F(T.StaffOnly, staffName), ct);
            return;
        }
        switch (c.Event)
        {
            case CommandReceived command: await OnCommandAsync(c, command, ct); break;
            case ButtonPressed press: await OnButtonAsync(c, press, ct); break;
            case TextReceived or FilesReceived or UnsupportedReceived: await OnInputAsync(c, ct); break;
        }
    }

    private async Task OnCommandAsync(Conversation c, CommandReceived command, CancellationToken ct)
    {
        switch (command.Command)
        {
            case "menu": await flows.Menu.ShowAsync(c, ct); break;
            case "cancel": await flows.Menu.CancelAsync(c, ct); break;
            case "add": await flows.AddEntry.StartAsync(c, null, null, ct); break;
            case "portfolio": c.Reset(); await flows.Portfolio.ShowSectionsAsync(c, ct); break;
            case "profile": await flows.Profile.ShowAsync(c, ct); break;
            case "deadlines": c.Reset(); await flows.Deadlines.ShowAsync(c, ct); break;
            case "mute" or "unmute":
                c.RequireTeacher.NudgesMuted = command.Command == "mute";
                await c.SayAsync(c.T(c.RequireTeacher.NudgesMuted ? T.Muted : T.Unmuted), ct);
                break;
            default: await c.SayAsync(c.T(T.UseButtons), ct); break;
        }
    }

    private async Task OnButtonAsync(Conversation c, ButtonPressed press, CancellationToken ct)
    {
        var parts = CallbackData.Split(press.Data);
        switch (parts)
        {
            case ["m", var item]: await OnMenuAsync(c, item, ct); return;
            case ["n", "e", var id] when CallbackData.TryInt(id, out var entryId): c.Reset(); await flows.Card.OpenAsync(c, entryId, ct); return;
            case ["n", "d"]: c.Reset(); await flows.Deadlines.ShowAsync(c, ct); return;
            case ["n", "s", var s] when CallbackData.TryInt(s, out var section): await flows.AddEntry.StartAsync(c, section, null, ct); return;
            case ["n", "k", var kind]: await flows.AddEntry.StartAsync(c, null, kind, ct); return;
            case ["p", var s, var p] when CallbackData.TryInt(s, out var section) && CallbackData.TryInt(p, out var page):
                c.Reset();
                if (section == 0) await flows.Portfolio.ShowSectionsAsync(c, ct);
                else await flows.Portfolio.ShowSectionAsync(c, section, page, ct);
                return;
            case ["o", var id] when CallbackData.TryInt(id, out var entryId): c.Reset(); await flows.Card.OpenAsync(c, entryId, ct); return;
            case ["e", var id, var rev, var action] when CallbackData.TryInt(id, out var entryId) && CallbackData.TryInt(rev, out var revision):
                c.Reset();
                await flows.Card.OnButtonAsync(c, entryId, revision, action, entry => flows.AddEntry.EditAsync(c, entry, ct), ct);
                return;
            case ["f", var nonce, var action, ..] when CallbackData.TryInt(nonce, out var n) && n == c.State.Nonce:
                var arg = parts.Length > 3 ? parts[3] : null;
                if (c.State.Flow == FlowNames.AddEntry) await flows.AddEntry.OnButtonAsync(c, action, arg, ct);
                else if (c.State.Flow == FlowNames.Profile) await flows.Profile.OnButtonAsync(c, action, arg, ct);
                else await c.NoticeAsync(c.T(T.Stale), ct);
                return;
            default:
                await c.NoticeAsync(c.T(T.Stale), ct);
                return;
        }
    }

    private async Task OnMenuAsync(Conversation c, string item, CancellationToken ct)
    {
        switch (item)
        {
            case "p": c.Reset(); await flows.Portfolio.ShowSectionsAsync(c, ct); break;
            case "a": await flows.AddEntry.StartAsync(c, null, null, ct); break;
            case "r": await flows.Profile.ShowAsync(c, ct); break;
            case "d": c.Reset(); await flows.Deadlines.ShowAsync(c, ct); break;
            case "h": await flows.Menu.HelpAsync(c, ct); break;
            default: await flows.Menu.ShowAsync(c, ct); break;
        }
    }

    private async Task OnInputAsync(Conversation c, CancellationToken ct)
    {
        if (c.State.Flow == FlowNames.AddEntry)
        {
            await flows.AddEntry.OnInputAsync(c, c.Event, ct);
            return;
        }
        if (c.State.Flow == FlowNames.Profile && c.Event is TextReceived text)
        {
            await flows.Profile.OnTextAsync(c, text.Text, ct);
            return;
        }
        switch (c.Event)
        {
            case UnsupportedReceived: await c.SayAsync(c.T(T.Unsupported), ct); break;
            case FilesReceived: await c.SayAsync(c.T(T.FilesOutsideFlow), ct); break;
            default:
                await c.SayAsync(c.T(T.UseButtons), ct);
                await flows.Menu.ShowAsync(c, ct, asNewMessage: true);
                break;
        }
    }

    private async Task RefuseGroupAsync(ChatEvent incoming, CancellationToken ct)
    {
        var text = T.PrivateOnly.Get(incoming.Origin.LanguageCode);
        if (incoming is ButtonPressed press) await channel.AnswerButtonAsync(press.PressId, text, true, ct);
        else if (incoming is CommandReceived or TextReceived) await channel.SendAsync(incoming.Origin.ChatId, new OutgoingMessage(text), ct);
    }
}

/// <summary>The flows, grouped so the router's constructor stays readable.</summary>
public sealed record FlowSet(
    MainMenuFlow Menu, JoinFlow Join, LanguageFlow Language, AddEntryFlow AddEntry, PortfolioFlow Portfolio,
    EntryCardFlow Card, ProfileFlow Profile, DeadlinesFlow Deadlines);
