using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Texts;

/// <summary>Every text the bot says, in kk / ru / en (glossary terms). Split by area into partial files.</summary>
public static partial class T
{
    public static readonly LocalizedText MenuTitle = new("Басты мәзір. Не істейміз?", "Главное меню. Что делаем?", "Main menu. What would you like to do?");
    public static readonly LocalizedText MenuPortfolio = new("📁 Менің портфолиом", "📁 Моё портфолио", "📁 My portfolio");
    public static readonly LocalizedText MenuAdd = new("➕ Жазба қосу", "➕ Добавить запись", "➕ Add entry");
    public static readonly LocalizedText MenuProfile = new("👤 Менің профилім", "👤 Мой профиль", "👤 My profile");
    public static readonly LocalizedText MenuDeadlines = new("⏰ Мерзімдер", "⏰ Сроки", "⏰ Deadlines");
    public static readonly LocalizedText MenuHelp = new("❓ Көмек", "❓ Помощь", "❓ Help");
    public static readonly LocalizedText ToMenu = new("🏠 Мәзір", "🏠 Меню", "🏠 Menu");

    public static readonly LocalizedText Back = new("⬅️ Артқа", "⬅️ Назад", "⬅️ Back");
    public static readonly LocalizedText Cancel = new("✖️ Болдырмау", "✖️ Отмена", "✖️ Cancel");
    public static readonly LocalizedText Skip = new("⏭ Өткізу", "⏭ Пропустить", "⏭ Skip");
    public static readonly LocalizedText Cancelled = new("Болдырылмады. Ештеңе сақталған жоқ.", "Отменено. Ничего не сохранено.", "Cancelled. Nothing was saved.");

    public static readonly LocalizedText Stale = new(
        "Бұл батырманың мерзімі өтті. Төмендегі соңғы хабарламаны пайдаланыңыз.",
        "Эта кнопка устарела. Воспользуйтесь последним сообщением ниже.",
        "This button is out of date. Please use the latest message below.");
    public static readonly LocalizedText NotAvailable = new("Бұл жазба қолжетімсіз.", "Эта запись недоступна.", "This entry is not available.");
    public static readonly LocalizedText Error = new(
        "Бірдеңе дұрыс болмады. Ештеңе жоғалған жоқ — қайталап көріңіз.",
        "Что-то пошло не так. Ничего не потеряно — попробуйте ещё раз.",
        "Something went wrong. Nothing was lost — please try again.");
    public static readonly LocalizedText Flood = new(
        "Хабарламалар тым жиі келуде. Бір минут күтіп, қайта жазыңыз.",
        "Слишком много сообщений. Подождите минуту и напишите снова.",
        "Too many messages. Please wait a minute and write again.");

    public static readonly LocalizedText PrivateOnly = new(
        "Мен тек жеке чатта жұмыс істеймін. Маған жеке жазыңыз 🙂",
        "Я работаю только в личном чате. Напишите мне лично 🙂",
        "I only work in a private chat. Please message me directly 🙂");

    public static readonly LocalizedText NotLinked = new(
        "Сіз әлі тіркелмегенсіз. Мектеп әкімшілігінен шақыру сілтемесін сұраңыз да, оны ашыңыз.",
        "Вы ещё не подключены. Попросите у администрации школы ссылку-приглашение и откройте её.",
        "You are not linked yet. Ask your school administration for an invitation link and open it.");

    public static readonly LocalizedText UseButtons = new(
        "Түсінбедім. Төмендегі батырмаларды пайдаланыңыз немесе /menu жазыңыз.",
        "Не понял. Воспользуйтесь кнопками или напишите /menu.",
        "I didn't get that. Use the buttons or type /menu.");

    public static readonly LocalizedText Unsupported = new(
        "Мұндай хабарламаны сақтай алмаймын. Дәлел ретінде құжат (PDF, Word, Excel, PowerPoint), фото немесе бейне жіберіңіз, ал мәтінді жай жазыңыз.",
        "Такое сообщение я не могу сохранить. В качестве подтверждения присылайте документ (PDF, Word, Excel, PowerPoint), фото или видео, а текст — обычным сообщением.",
        "I can't keep this kind of message. Send evidence as a document (PDF, Word, Excel, PowerPoint), a photo or a video, and text as a normal message.");

    public static readonly LocalizedText FilesOutsideFlow = new(
        "Файлды жазбаға тіркеу үшін алдымен «➕ Жазба қосу» басыңыз.",
        "Чтобы приложить файл к записи, сначала нажмите «➕ Добавить запись».",
        "To attach a file to an entry, first press “➕ Add entry”.");

    public static readonly LocalizedText Help = new(
        "PortfolioBot педагогтің портфолиосын жүргізуге көмектеседі.\n\n➕ Жазба қосу — бөлім, түр, атауы, күні, дәлел файлдары.\n📁 Менің портфолиом — жазбалар, мәртебелері, түзету.\n⏰ Мерзімдер — не жетіспейді.\n\nКомандалар: /menu, /add, /portfolio, /profile, /deadlines, /language, /mute, /unmute, /cancel.",
        "PortfolioBot помогает вести портфолио педагога.\n\n➕ Добавить запись — раздел, вид, название, дата, файлы-подтверждения.\n📁 Моё портфолио — записи, статусы, исправления.\n⏰ Сроки — чего не хватает.\n\nКоманды: /menu, /add, /portfolio, /profile, /deadlines, /language, /mute, /unmute, /cancel.",
        "PortfolioBot keeps a teacher's portfolio.\n\n➕ Add entry — section, kind, title, date, evidence files.\n📁 My portfolio — entries, statuses, fixes.\n⏰ Deadlines — what is missing.\n\nCommands: /menu, /add, /portfolio, /profile, /deadlines, /language, /mute, /unmute, /cancel.");

    public static readonly LocalizedText ChooseLanguage = new("Тілді таңдаңыз:", "Выберите язык:", "Choose a language:");
    public static readonly LocalizedText LanguageSet = new("Тіл: қазақша ✅", "Язык: русский ✅", "Language: English ✅");

    public static readonly LocalizedText Muted = new(
        "Еске салғыштар өшірілді. Мерзімдер туралы хабарламалар келе береді. Қайта қосу: /unmute",
        "Напоминания-подсказки выключены. Сообщения о сроках по-прежнему приходят. Включить снова: /unmute",
        "Nudges are off. Deadline messages still come. Turn them back on: /unmute");
    public static readonly LocalizedText Unmuted = new("Еске салғыштар қосылды.", "Напоминания-подсказки включены.", "Nudges are on.");

    public static readonly LocalizedText CmdMenu = new("Басты мәзір", "Главное меню", "Main menu");
    public static readonly LocalizedText CmdAdd = new("Жазба қосу", "Добавить запись", "Add an entry");
    public static readonly LocalizedText CmdPortfolio = new("Менің портфолиом", "Моё портфолио", "My portfolio");
    public static readonly LocalizedText CmdProfile = new("Менің профилім", "Мой профиль", "My profile");
    public static readonly LocalizedText CmdDeadlines = new("Мерзімдер", "Сроки", "Deadlines");
    public static readonly LocalizedText CmdLanguage = new("Тілді ауыстыру", "Сменить язык", "Change language");
    public static readonly LocalizedText CmdHelp = new("Көмек", "Помощь", "Help");
    public static readonly LocalizedText CmdCancel = new("Ағымдағы әрекетті болдырмау", "Отменить текущее действие", "Cancel the current action");
    public static readonly LocalizedText CmdMute = new("Еске салғыштарды өшіру", "Выключить напоминания", "Turn nudges off");
    public static readonly LocalizedText CmdUnmute = new("Еске салғыштарды қосу", "Включить напоминания", "Turn nudges on");
}
