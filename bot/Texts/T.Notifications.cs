using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Texts;

public static partial class T
{
    public static readonly LocalizedText NotifyConfirmed = new(
        "✅ «{0}» жазбасы расталды ({1}).", "✅ Запись «{0}» подтверждена ({1}).", "✅ Your entry “{0}” was confirmed ({1}).");
    public static readonly LocalizedText NotifyReturned = new(
        "🛠 «{0}» жазбасы пысықтауға қайтарылды ({1}).\n💬 {2}", "🛠 Запись «{0}» возвращена на доработку ({1}).\n💬 {2}",
        "🛠 Your entry “{0}” was returned for changes ({1}).\n💬 {2}");
    public static readonly LocalizedText NotifyDraft = new(
        "🔔 Еске салу: «{0}» қаралама күйінде тұр. Аяқтап, тексеруге жіберіңіз.",
        "🔔 Напоминание: «{0}» всё ещё черновик. Завершите и отправьте на проверку.",
        "🔔 Reminder: “{0}” is still a draft. Finish it and submit it.");
    public static readonly LocalizedText OpenEntry = new("📄 Ашу", "📄 Открыть", "📄 Open");
}
