using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Texts;

public static partial class T
{
    public static readonly LocalizedText PortfolioTitle = new("📁 Портфолио: бөлімдер", "📁 Портфолио: разделы", "📁 Portfolio: sections");
    public static readonly LocalizedText PortfolioEmpty = new("әзірге бос", "пока пусто", "empty so far");
    public static readonly LocalizedText SectionEntries = new("{0}\nБет {1}/{2}. ⭐ — басым жазбалар.", "{0}\nСтраница {1}/{2}. ⭐ — приоритетные записи.", "{0}\nPage {1}/{2}. ⭐ — starred entries.");
    public static readonly LocalizedText SectionNoEntries = new("{0}\nБұл бөлімде әзірге жазба жоқ.", "{0}\nВ этом разделе пока нет записей.", "{0}\nNo entries in this section yet.");
    public static readonly LocalizedText Prev = new("◀️", "◀️", "◀️");
    public static readonly LocalizedText Next = new("▶️", "▶️", "▶️");
    public static readonly LocalizedText ToSections = new("📁 Бөлімдер", "📁 Разделы", "📁 Sections");
    public static readonly LocalizedText AddHere = new("➕ Осында қосу", "➕ Добавить сюда", "➕ Add here");

    public static readonly LocalizedText Edit = new("✏️ Өзгерту", "✏️ Изменить", "✏️ Edit");
    public static readonly LocalizedText Fix = new("🛠 Түзету", "🛠 Исправить", "🛠 Fix");
    public static readonly LocalizedText Delete = new("🗑 Жою", "🗑 Удалить", "🗑 Delete");
    public static readonly LocalizedText Withdraw = new("↩️ Кері қайтару", "↩️ Отозвать", "↩️ Withdraw");
    public static readonly LocalizedText Star = new("⭐ Басым", "⭐ В приоритет", "⭐ Star");
    public static readonly LocalizedText Unstar = new("☆ Басымдықтан алу", "☆ Убрать из приоритета", "☆ Unstar");
    public static readonly LocalizedText GetFiles = new("📎 Файлдарды алу", "📎 Получить файлы", "📎 Get files");
    public static readonly LocalizedText History = new("🕓 Тарих", "🕓 История", "🕓 History");
    public static readonly LocalizedText RemindMe = new("🔔 Еске салу", "🔔 Напомнить", "🔔 Remind me");
    public static readonly LocalizedText RemindTomorrow = new("Ертең", "Завтра", "Tomorrow");
    public static readonly LocalizedText RemindIn3Days = new("3 күннен кейін", "Через 3 дня", "In 3 days");
    public static readonly LocalizedText RemindNextWeek = new("Келесі аптада", "Через неделю", "Next week");
    public static readonly LocalizedText RemindWhen = new("Қашан еске салайын?", "Когда напомнить?", "When shall I remind you?");
    public static readonly LocalizedText RemindSet = new("🔔 {0} күні 09:00-де еске саламын.", "🔔 Напомню {0} в 09:00.", "🔔 I'll remind you on {0} at 09:00.");
    public static readonly LocalizedText ReviewerComment = new("💬 Тексерушінің пікірі ({0}): {1}", "💬 Комментарий проверяющего ({0}): {1}", "💬 Reviewer's comment ({0}): {1}");
    public static readonly LocalizedText Deleted = new("🗑 Қаралама жойылды.", "🗑 Черновик удалён.", "🗑 Draft deleted.");
    public static readonly LocalizedText Withdrawn = new("↩️ Кері қайтарылды, енді бұл — қаралама.", "↩️ Отозвано, теперь это черновик.", "↩️ Withdrawn; it is a draft again.");
    public static readonly LocalizedText NoFiles = new("Бұл жазбада файл жоқ.", "В этой записи нет файлов.", "This entry has no files.");
    public static readonly LocalizedText HistoryTitle = new("🕓 Тарих:", "🕓 История:", "🕓 History:");
    public static readonly LocalizedText NewVersion = new("✏️ Жаңа нұсқа", "✏️ Новая версия", "✏️ New version");
}

public static partial class T
{
    private static readonly Dictionary<string, LocalizedText> Actions = new(StringComparer.Ordinal)
    {
        ["created"] = new("құрылды", "создано", "created"),
        ["edited"] = new("өзгертілді", "изменено", "edited"),
        ["file-added"] = new("файл қосылды", "добавлен файл", "file added"),
        ["file-removed"] = new("файл алынды", "удалён файл", "file removed"),
        ["withdrawn"] = new("кері қайтарылды", "отозвано", "withdrawn"),
        ["starred"] = new("басым деп белгіленді", "отмечено как приоритетное", "starred"),
        ["unstarred"] = new("басымдықтан алынды", "снято из приоритета", "unstarred"),
        ["superseded"] = new("жаңа нұсқа басталды", "начата новая версия", "new version started"),
    };

    /// <summary>An audit action as the teacher reads it: status changes in the glossary's words.</summary>
    public static string HistoryAction(string action, string? toState, string language) =>
        action is "submitted" or "confirmed" or "returned" or "recorded" && Enum.TryParse<Core.Entries.EntryStatus>(toState, out var status)
            ? Terms.Of(status).Get(language)
            : Actions.TryGetValue(action, out var text) ? text.Get(language) : action;
}
