using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Texts;

/// <summary>Words of the notifications the outbox delivers (glossary: жазба/запись/entry, мерзім/срок/deadline, қаралама/черновик/draft).</summary>
public static partial class T
{
    public static readonly LocalizedText NotifyConfirmed = new(
        "✅ «{0}» жазбасы расталды. Растаған: {1}.", "✅ Запись «{0}» подтверждена. Подтвердил(а): {1}.", "✅ Your entry “{0}” was confirmed. Confirmed by {1}.");
    public static readonly LocalizedText NotifyReturned = new(
        "🛠 «{0}» жазбасы пысықтауға қайтарылды. Қайтарған: {1}.", "🛠 Запись «{0}» возвращена на доработку. Вернул(а): {1}.",
        "🛠 Your entry “{0}” was returned for changes. Returned by {1}.");
    public static readonly LocalizedText NotifyComment = new("💬 Түсініктеме: {0}", "💬 Комментарий: {0}", "💬 Comment: {0}");
    public static readonly LocalizedText NotifyOpenEntry = new("📄 Жазбаны ашу", "📄 Открыть запись", "📄 Open the entry");
    public static readonly LocalizedText NotifyFixEntry = new("✏️ Жазбаны түзету", "✏️ Исправить запись", "✏️ Fix the entry");

    public static readonly LocalizedText NotifyDeadline = new("⏰ Мерзім: «{0}» — {1}.", "⏰ Срок: «{0}» — {1}.", "⏰ Deadline: “{0}” — {1}.");
    public static readonly LocalizedText NotifyDueToday = new("бүгін", "сегодня", "today");
    public static readonly LocalizedText NotifyDueIn = new("{0} дейін, {1} күн қалды", "до {0}, осталось дней: {1}", "due {0}, {1} day(s) left");
    public static readonly LocalizedText NotifyOverdue = new("{0} өтіп кетті ({1} күн бұрын)", "прошёл {0} (дней назад: {1})", "was due {0}, {1} day(s) ago");
    public static readonly LocalizedText NotifyMissingSections = new(
        "Әр бөлімде кемінде бір расталған жазба керек. Әлі жоқ:",
        "Нужна хотя бы одна подтверждённая запись в каждом разделе. Ещё нет в разделах:",
        "You need at least one confirmed entry in every section. Still missing in:");
    public static readonly LocalizedText NotifyNoEntries = new(
        "Портфолиода әлі жазба жоқ — біріншісін қосыңыз.", "В портфолио ещё нет записей — добавьте первую.", "Your portfolio has no entries yet — add the first one.");
    public static readonly LocalizedText NotifyDraftsLeft = new(
        "Тексеруге жіберілмеген қаралама: {0}.", "Черновиков, не отправленных на проверку: {0}.", "Drafts not yet submitted: {0}.");
    public static readonly LocalizedText NotifyReturnedLeft = new(
        "Пысықтауға қайтарылған жазба: {0}.", "Записей, возвращённых на доработку: {0}.", "Entries returned for changes: {0}.");

    public static readonly LocalizedText NotifyDraft = new(
        "📝 Еске салу: «{0}» қараламасы сізді күтіп тұр. Аяқтап, тексеруге жіберіңіз.",
        "📝 Напоминание: черновик «{0}» ждёт вас. Допишите и отправьте на проверку.",
        "📝 Reminder: your draft “{0}” is waiting. Finish it and submit it for review.");
    public static readonly LocalizedText NotifyOpenDraft = new("📄 Қараламаны ашу", "📄 Открыть черновик", "📄 Open the draft");

    public static readonly LocalizedText NotifyNudge = new(
        "👋 Портфолиоңыз {0} күннен бері жаңартылмаған. Соңғы жетістіктеріңізді қосасыз ба? (Мұндай хабарларды өшіру: /mute)",
        "👋 Ваше портфолио не обновлялось {0} дн. Добавите последние достижения? (Отключить такие сообщения: /mute)",
        "👋 Your portfolio has not been updated for {0} days. Add your latest achievements? (Turn these off: /mute)");

    public static readonly LocalizedText NotifyDigest = new(
        "📋 Тексеруді күтіп тұрған жазбалар: {0} ({1}). Ең ескісі {2} күн күтіп тұр.",
        "📋 Записей ждут проверки: {0} ({1}). Самая давняя ждёт дней: {2}.",
        "📋 Entries waiting for review: {0} ({1}). The oldest has waited {2} day(s).");
    public static readonly LocalizedText NotifyOpenQueue = new("Тексеру кезегін ашу", "Открыть очередь проверки", "Open the review queue");
}
