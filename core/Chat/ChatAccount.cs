namespace PortfolioBot.Core.Chat;

/// <summary>A user of a chat channel (Telegram today, Teams later) linked to a teacher or a staff member.</summary>
public class ChatAccount
{
    private ChatAccount() { Channel = null!; ExternalUserId = null!; ChatId = null!; Language = null!; }

    public ChatAccount(string channel, string externalUserId, string chatId, string language, DateTime utcNow)
    {
        Channel = channel;
        ExternalUserId = externalUserId;
        ChatId = chatId;
        Language = Catalogue.Languages.Normalize(language);
        CreatedAt = utcNow;
        LastSeenAt = utcNow;
    }

    public int Id { get; private set; }
    public string Channel { get; private set; }
    public string ExternalUserId { get; private set; }
    public string ChatId { get; private set; }
    public string? DisplayName { get; set; }
    public string Language { get; private set; }

    /// <summary>True once the user chose a language with /language; then the client's language no longer wins.</summary>
    public bool LanguageChosen { get; private set; }

    public int? TeacherId { get; private set; }
    public int? StaffMemberId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? LinkedAt { get; private set; }
    public DateTime LastSeenAt { get; private set; }

    /// <summary>Set when the channel reports the user blocked the bot; delivery stops until they write again.</summary>
    public DateTime? UnreachableSince { get; private set; }

    public bool IsReachable => UnreachableSince is null;

    public void LinkTeacher(int teacherId, DateTime utcNow)
    {
        TeacherId = teacherId;
        LinkedAt = utcNow;
    }

    public void LinkStaff(int staffMemberId, DateTime utcNow)
    {
        StaffMemberId = staffMemberId;
        LinkedAt = utcNow;
    }

    public void Unlink()
    {
        TeacherId = null;
        StaffMemberId = null;
        LinkedAt = null;
    }

    public void ChooseLanguage(string language)
    {
        Language = Catalogue.Languages.Normalize(language);
        LanguageChosen = true;
    }

    public void Seen(string chatId, string? clientLanguage, DateTime utcNow)
    {
        ChatId = chatId;
        if (!LanguageChosen && clientLanguage is not null) Language = Catalogue.Languages.Normalize(clientLanguage);
        // To the minute, like Teacher.TouchActivity: not a database write on every message.
        if (utcNow - LastSeenAt >= Teachers.Teacher.ActivityResolution) LastSeenAt = utcNow;
        UnreachableSince = null;
    }

    public void MarkUnreachable(DateTime utcNow) => UnreachableSince ??= utcNow;
}
