using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Texts;

public static partial class T
{
    public static readonly LocalizedText ProfileTitle = new("👤 Профиль (1-бөлім)", "👤 Профиль (раздел 1)", "👤 Profile (section 1)");
    public static readonly LocalizedText PName = new("Аты-жөні", "ФИО", "Name");
    public static readonly LocalizedText PBirthYear = new("Туған жылы", "Год рождения", "Year of birth");
    public static readonly LocalizedText PSubjects = new("Пәндер", "Предметы", "Subjects");
    public static readonly LocalizedText PEmail = new("E-mail", "E-mail", "E-mail");
    public static readonly LocalizedText PPhone = new("Телефон", "Телефон", "Phone");
    public static readonly LocalizedText PExperience = new("Педагогикалық өтілі", "Педагогический стаж", "Teaching experience");
    public static readonly LocalizedText PTotalExperience = new("Жалпы еңбек өтілі", "Общий трудовой стаж", "Total experience");
    public static readonly LocalizedText PCategory = new("Санаты", "Категория", "Category");
    public static readonly LocalizedText PNextAttestation = new("Келесі аттестация", "Следующая аттестация", "Next attestation");
    public static readonly LocalizedText PEducation = new("Білімі", "Образование", "Education");
    public static readonly LocalizedText YearsMonths = new("{0} ж. {1} ай", "{0} л. {1} мес.", "{0} y {1} m");
    public static readonly LocalizedText NotSet = new("—", "—", "—");
    public static readonly LocalizedText AskProfileValue = new("Жаңа мәнін жазыңыз: {0}", "Напишите новое значение: {0}", "Type the new value: {0}");
    public static readonly LocalizedText AskExperienceSince = new(
        "Педагогикалық өтіл қай күннен басталды? (мысалы 01.09.2010)",
        "С какой даты идёт педагогический стаж? (например 01.09.2010)",
        "Since which date do you teach? (e.g. 01.09.2010)");
    public static readonly LocalizedText AskEducation = new(
        "Оқу орнын және бітірген жылын жазыңыз: «ҚазҰПУ, 2010, математика».",
        "Напишите вуз и год окончания: «КазНПУ, 2010, математика».",
        "Type the institution and year completed: “KazNPU, 2010, mathematics”.");
    public static readonly LocalizedText AddEducation = new("➕ Білімі", "➕ Образование", "➕ Education");
    public static readonly LocalizedText ProfileSaved = new("✅ Сақталды.", "✅ Сохранено.", "✅ Saved.");
    public static readonly LocalizedText ProfileBadValue = new("Мәні жарамсыз: {0}", "Недопустимое значение: {0}", "Invalid value: {0}");
    public static readonly LocalizedText AskCategory = new("Біліктілік санатыңыз:", "Ваша квалификационная категория:", "Your qualification category:");
    public static readonly LocalizedText NoCategory = new("Санатсыз", "Без категории", "No category");
    public static readonly LocalizedText AskCategoryDate = new(
        "Санат қай күні берілді? (мысалы 25.05.2022) Келесі аттестация — 5 жылдан кейін.",
        "Когда присвоена категория? (например 25.05.2022) Следующая аттестация — через 5 лет.",
        "When was the category awarded? (e.g. 25.05.2022) The next attestation is 5 years later.");

    public static readonly LocalizedText DeadlinesTitle = new("⏰ Мерзімдер", "⏰ Сроки", "⏰ Deadlines");
    public static readonly LocalizedText DeadlinesNone = new("Қазір белсенді мерзім жоқ. 👍", "Сейчас активных сроков нет. 👍", "No active deadlines right now. 👍");
    public static readonly LocalizedText DeadlineDue = new("📅 {0} — {1}", "📅 {0} — {1}", "📅 {0} — {1}");
    public static readonly LocalizedText DeadlineDone = new("✅ бәрі дайын", "✅ всё готово", "✅ all done");
    public static readonly LocalizedText DeadlineMissingSections = new(
        "❗ Расталған жазба жоқ бөлімдер: {0}", "❗ Нет подтверждённой записи в разделах: {0}", "❗ No confirmed entry in sections: {0}");
    public static readonly LocalizedText DeadlineUnsubmitted = new(
        "❗ Жіберілмеген жазбалар: {0} (қаралама немесе қайтарылған)", "❗ Не отправлено записей: {0} (черновики или возвращённые)", "❗ Entries not submitted: {0} (drafts or returned)");
    public static readonly LocalizedText DeadlineAddIn = new("➕ {0}-бөлім", "➕ Раздел {0}", "➕ Section {0}");
}
