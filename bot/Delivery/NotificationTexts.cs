using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Delivery;

/// <summary>The words of delivered notifications in kk/ru/en (glossary terms: жазба/запись/entry, мерзім/срок/deadline...).</summary>
internal static class NotificationTexts
{
    public static readonly LocalizedText Confirmed = new("✅ Жазбаңыз расталды: «{0}». Растаған: {1}.", "✅ Ваша запись подтверждена: «{0}». Подтвердил(а): {1}.", "✅ Your entry was confirmed: “{0}”. Confirmed by {1}.");
    public static readonly LocalizedText Returned = new("↩️ Жазба пысықтауға қайтарылды: «{0}». Қайтарған: {1}.", "↩️ Запись возвращена на доработку: «{0}». Вернул(а): {1}.", "↩️ Your entry was returned for changes: “{0}”. Returned by {1}.");
    public static readonly LocalizedText Comment = new("Түсініктеме: {0}", "Комментарий: {0}", "Comment: {0}");
    public static readonly LocalizedText OpenEntry = new("Жазбаны ашу", "Открыть запись", "Open the entry");
    public static readonly LocalizedText FixEntry = new("Жазбаны түзету", "Исправить запись", "Fix the entry");

    public static readonly LocalizedText DeadlineTitle = new("⏰ Мерзім: «{0}» — {1}.", "⏰ Срок: «{0}» — {1}.", "⏰ Deadline: “{0}” — {1}.");
    public static readonly LocalizedText DueToday = new("бүгін", "сегодня", "today");
    public static readonly LocalizedText DueIn = new("{0} дейін, {1} күн қалды", "до {0}, осталось дней: {1}", "due {0}, {1} day(s) left");
    public static readonly LocalizedText Overdue = new("{0} өтіп кетті ({1} күн бұрын)", "прошёл {0} (дней назад: {1})", "was due {0}, {1} day(s) ago");
    public static readonly LocalizedText MissingSections = new("Әр бөлімде кемінде бір расталған жазба керек. Әлі жоқ:", "Нужна хотя бы одна подтверждённая запись в каждом разделе. Ещё нет в разделах:", "You need at least one confirmed entry in every section. Still missing in:");
    public static readonly LocalizedText NoEntries = new("Портфолиода әлі жазба жоқ — біріншісін қосыңыз.", "В портфолио ещё нет записей — добавьте первую.", "Your portfolio has no entries yet — add the first one.");
    public static readonly LocalizedText DraftsLeft = new("Тексеруге жіберілмеген қаралама: {0}.", "Черновиков, не отправленных на проверку: {0}.", "Drafts not yet submitted: {0}.");
    public static readonly LocalizedText ReturnedLeft = new("Пысықтауға қайтарылған жазба: {0}.", "Записей, возвращённых на доработку: {0}.", "Entries returned for changes: {0}.");
    public static readonly LocalizedText AddToSection = new("➕ {0}-бөлімге қосу", "➕ Добавить в раздел {0}", "➕ Add to section {0}");
    public static readonly LocalizedText Deadlines = new("📅 Мерзімдер", "📅 Сроки", "📅 Deadlines");

    public static readonly LocalizedText DraftReminder = new("📝 Еске салу: «{0}» қараламасы сізді күтіп тұр. Аяқтап, тексеруге жіберіңіз.", "📝 Напоминание: черновик «{0}» ждёт вас. Допишите и отправьте на проверку.", "📝 Reminder: your draft “{0}” is waiting. Finish it and submit it for review.");
    public static readonly LocalizedText OpenDraft = new("Қараламаны ашу", "Открыть черновик", "Open the draft");

    public static readonly LocalizedText Nudge = new("👋 Портфолиоңыз {0} күннен бері жаңартылмаған. Соңғы жетістіктеріңізді қосасыз ба? (Мұндай хабарларды өшіру: /mute)", "👋 Ваше портфолио не обновлялось {0} дн. Добавите последние достижения? (Отключить такие сообщения: /mute)", "👋 Your portfolio has not been updated for {0} days. Add your latest achievements? (Turn these off: /mute)");
    public static readonly LocalizedText AddEntry = new("➕ Жазба қосу", "➕ Добавить запись", "➕ Add an entry");

    public static readonly LocalizedText Digest = new("📋 Тексеруді күтіп тұрған жазбалар: {0} ({1}). Ең ескісі {2} күн күтіп тұр.", "📋 Записей ждут проверки: {0} ({1}). Самая давняя ждёт дней: {2}.", "📋 Entries waiting for review: {0} ({1}). The oldest has waited {2} day(s).");
    public static readonly LocalizedText OpenQueue = new("Тексеру кезегін ашу", "Открыть очередь проверки", "Open the review queue");
}
