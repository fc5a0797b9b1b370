using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Texts;

public static partial class T
{
    public static readonly LocalizedText AskSection = new("Қай бөлімге қосамыз?", "В какой раздел добавляем?", "Which section?");
    public static readonly LocalizedText AskKind = new("{0}\nМатериал түрін таңдаңыз:", "{0}\nВыберите вид материала:", "{0}\nChoose the kind of material:");
    public static readonly LocalizedText AskTitle = new(
        "Атауын жазыңыз (ең көбі {0} таңба).\nМысалы: «Абай оқулары» облыстық конкурсы",
        "Напишите название (не более {0} символов).\nНапример: областной конкурс «Абаевские чтения»",
        "Type the title (at most {0} characters).\nFor example: Regional “Abai readings” competition");
    public static readonly LocalizedText AskDate = new(
        "Күні? Мысалы 15.10.2025, 2025-10-15 немесе «бүгін» / «кеше».",
        "Дата? Например 15.10.2025, 2025-10-15 или «сегодня» / «вчера».",
        "Date? For example 15.10.2025, 2025-10-15 or “today” / “yesterday”.");
    public static readonly LocalizedText Today = new("Бүгін", "Сегодня", "Today");
    public static readonly LocalizedText Yesterday = new("Кеше", "Вчера", "Yesterday");
    public static readonly LocalizedText AskIssuer = new("Кім берді / ұйымдастырды?", "Кем выдано / кто организатор?", "Issued / organised by?");
    public static readonly LocalizedText AskLevel = new("Деңгейі:", "Уровень:", "Level:");
    public static readonly LocalizedText AskResult = new("Нәтижесі:", "Результат:", "Result:");
    public static readonly LocalizedText AskPlace = new("Қай орын?", "Какое место?", "Which place?");
    public static readonly LocalizedText AskPupils = new(
        "Оқушылар: санын (мысалы 12) немесе аты-жөндерін жазыңыз.",
        "Учащиеся: напишите число (например 12) или фамилии.",
        "Pupils: type a number (e.g. 12) or their names.");
    public static readonly LocalizedText AskHours = new("Сағат саны? (мысалы 72)", "Сколько часов? (например 72)", "How many hours? (e.g. 72)");
    public static readonly LocalizedText AskLink = new("Сілтеме (https://...):", "Ссылка (https://...):", "Link (https://...):");
    public static readonly LocalizedText AskDocType = new("Құжат түрі:", "Тип документа:", "Document type:");
    public static readonly LocalizedText AskDescription = new(
        "Қысқаша сипаттама (ең көбі {0} таңба) немесе «Өткізу».",
        "Краткое описание (не более {0} символов) или «Пропустить».",
        "A short description (at most {0} characters) or “Skip”.");
    public static readonly LocalizedText AskFiles = new(
        "Дәлел файлдарын жіберіңіз: құжат (PDF, Word, Excel, PowerPoint), фото немесе бейне — бірнешеуін де болады. Соңында «Дайын» басыңыз.",
        "Пришлите файлы-подтверждения: документ (PDF, Word, Excel, PowerPoint), фото или видео — можно несколько. В конце нажмите «Готово».",
        "Send the evidence: documents (PDF, Word, Excel, PowerPoint), photos or videos — several are fine. Press “Done” at the end.");
    public static readonly LocalizedText FilesDone = new("✅ Дайын", "✅ Готово", "✅ Done");
    public static readonly LocalizedText FileAdded = new("📎 Қабылданды: {0}. Барлығы: {1}.", "📎 Принято: {0}. Всего файлов: {1}.", "📎 Received: {0}. Files so far: {1}.");
    public static readonly LocalizedText FileTooBig = new(
        "«{0}» файлы тым үлкен ({1} МБ). Ең көбі {2} МБ. Үлкен файлды сығып немесе бөліп жіберіңіз. Ештеңе сақталған жоқ.",
        "Файл «{0}» слишком большой ({1} МБ). Максимум {2} МБ. Сожмите или разделите его. Ничего не сохранено.",
        "The file “{0}” is too big ({1} MB). The limit is {2} MB. Please compress or split it. Nothing was stored.");
    public static readonly LocalizedText FileRefused = new(
        "«{0}» файлы қабылданбайды. Қабылданады: PDF, Word, Excel, PowerPoint, JPG/PNG/HEIC фото, MP4/MOV бейне, мәтін. Ештеңе сақталған жоқ.",
        "Файл «{0}» не принимается. Принимаются: PDF, Word, Excel, PowerPoint, фото JPG/PNG/HEIC, видео MP4/MOV, текст. Ничего не сохранено.",
        "The file “{0}” is not accepted. Accepted: PDF, Word, Excel, PowerPoint, JPG/PNG/HEIC photos, MP4/MOV videos, text. Nothing was stored.");
    public static readonly LocalizedText FileTooMany = new("Бір жазбада ең көбі {0} файл.", "В одной записи не более {0} файлов.", "An entry holds at most {0} files.");
    public static readonly LocalizedText FileFailed = new(
        "Файлды жүктеу мүмкін болмады. Қайта жіберіп көріңіз.",
        "Не удалось загрузить файл. Попробуйте отправить ещё раз.",
        "Could not download the file. Please send it again.");

    public static readonly LocalizedText SummaryTitle = new("Тексеріңіз:", "Проверьте:", "Please check:");
    public static readonly LocalizedText SaveDraft = new("💾 Қаралама ретінде сақтау", "💾 Сохранить черновик", "💾 Save as draft");
    public static readonly LocalizedText Submit = new("📤 Тексеруге жіберу", "📤 Отправить на проверку", "📤 Submit");
    public static readonly LocalizedText Record = new("✅ Тіркеу", "✅ Зарегистрировать", "✅ Record");
    public static readonly LocalizedText AddFiles = new("📎 Файлдар", "📎 Файлы", "📎 Files");
    public static readonly LocalizedText Saved = new("💾 Қаралама сақталды: «{0}».", "💾 Черновик сохранён: «{0}».", "💾 Draft saved: “{0}”.");
    public static readonly LocalizedText Submitted = new("📤 Тексеруге жіберілді: «{0}».", "📤 Отправлено на проверку: «{0}».", "📤 Submitted for review: “{0}”.");
    public static readonly LocalizedText Recorded = new("✅ Тіркелді: «{0}».", "✅ Зарегистрировано: «{0}».", "✅ Recorded: “{0}”.");

    public static readonly LocalizedText FTitle = new("Атауы", "Название", "Title");
    public static readonly LocalizedText FDate = new("Күні", "Дата", "Date");
    public static readonly LocalizedText FDescription = new("Сипаттама", "Описание", "Description");
    public static readonly LocalizedText FIssuer = new("Кім берді", "Кем выдано", "Issued by");
    public static readonly LocalizedText FLevel = new("Деңгейі", "Уровень", "Level");
    public static readonly LocalizedText FResult = new("Нәтижесі", "Результат", "Result");
    public static readonly LocalizedText FPupils = new("Оқушылар", "Учащиеся", "Pupils");
    public static readonly LocalizedText FHours = new("Сағат", "Часы", "Hours");
    public static readonly LocalizedText FLink = new("Сілтеме", "Ссылка", "Link");
    public static readonly LocalizedText FDocType = new("Құжат түрі", "Тип документа", "Document type");
    public static readonly LocalizedText FFiles = new("Файлдар", "Файлы", "Files");
    public static readonly LocalizedText FKind = new("Түрі", "Вид", "Kind");
    public static readonly LocalizedText FStatus = new("Мәртебесі", "Статус", "Status");

    public static readonly LocalizedText DateUnreadable = new(
        "Күнді түсінбедім. Былай жазыңыз: 15.10.2025, 15.10.25, 2025-10-15 немесе «бүгін».",
        "Не понял дату. Напишите так: 15.10.2025, 15.10.25, 2025-10-15 или «сегодня».",
        "I couldn't read the date. Write it like 15.10.2025, 15.10.25, 2025-10-15 or “today”.");
    public static readonly LocalizedText DateNotCalendar = new(
        "Мұндай күн жоқ (мысалы, 31.02). Қайта жазыңыз.",
        "Такой даты не существует (например, 31.02). Напишите ещё раз.",
        "That date does not exist (e.g. 31.02). Please try again.");
    public static readonly LocalizedText DateFuture = new(
        "Күн бүгіннен кейін бола алмайды. Қайта жазыңыз.",
        "Дата не может быть позже сегодняшней. Напишите ещё раз.",
        "The date cannot be after today. Please try again.");
    public static readonly LocalizedText DateTooOld = new("Күн 1950 жылдан ерте бола алмайды.", "Дата не может быть раньше 1950 года.", "The date cannot be before 1950.");
    public static readonly LocalizedText TooLong = new(
        "Тым ұзын: {0} таңба, ең көбі {1}. Қысқартып, қайта жіберіңіз.",
        "Слишком длинно: {0} символов, максимум {1}. Сократите и отправьте снова.",
        "Too long: {0} characters, the limit is {1}. Please shorten it and send again.");
    public static readonly LocalizedText NotANumber = new("Санды жазыңыз, мысалы 12.", "Напишите число, например 12.", "Please type a number, e.g. 12.");
    public static readonly LocalizedText BadLink = new(
        "Сілтеме http:// немесе https:// басталуы керек.", "Ссылка должна начинаться с http:// или https://.", "A link must start with http:// or https://.");
    public static readonly LocalizedText Required = new("«{0}» толтыру міндетті.", "Поле «{0}» обязательно.", "“{0}” is required.");
    public static readonly LocalizedText OutOfRange = new("Мән рұқсат етілген шектен тыс.", "Значение вне допустимых пределов.", "The value is out of range.");
    public static readonly LocalizedText EntryChanged = new(
        "Жазба осы уақытта өзгерді — жаңа нұсқасын ашыңыз.",
        "Запись за это время изменилась — откройте её заново.",
        "The entry changed meanwhile — please open it again.");
}
