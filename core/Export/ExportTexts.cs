using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Export;

/// <summary>The words of index.html and profile.html in kk/ru/en (the glossary's terms).</summary>
internal static class ExportTexts
{
    public static readonly LocalizedText Portfolio = new("Портфолио", "Портфолио", "Portfolio");
    public static readonly LocalizedText Purpose = new("Мақсаты", "Цель", "Purpose");
    public static readonly LocalizedText Period = new("Кезең", "Период", "Period");
    public static readonly LocalizedText School = new("Мектеп", "Школа", "School");
    public static readonly LocalizedText Generated = new("Жасалған күні", "Сформировано", "Generated");
    public static readonly LocalizedText Kind = new("Түрі", "Вид", "Kind");
    public static readonly LocalizedText Date = new("Күні", "Дата", "Date");
    public static readonly LocalizedText Title = new("Атауы", "Название", "Title");
    public static readonly LocalizedText Status = new("Мәртебесі", "Статус", "Status");
    public static readonly LocalizedText ConfirmedBy = new("Кім растады, қашан", "Кто подтвердил и когда", "Confirmed by, when");
    public static readonly LocalizedText Files = new("Файлдар", "Файлы", "Files");
    public static readonly LocalizedText Priority = new("басым", "приоритет", "priority");
    public static readonly LocalizedText Missing = new("файл қоймада жоқ", "файл отсутствует в хранилище", "file missing from the store");
    public static readonly LocalizedText NoEntries = new("Материалдар жоқ", "Материалов нет", "No entries");
    public static readonly LocalizedText NoConfirmationNeeded = new("растау қажет емес", "подтверждение не требуется", "no confirmation needed");
    public static readonly LocalizedText Profile = new("Педагог туралы мәлімет", "Сведения о педагоге", "Teacher profile");
    public static readonly LocalizedText FullName = new("Аты-жөні", "ФИО", "Full name");
    public static readonly LocalizedText BirthYear = new("Туған жылы", "Год рождения", "Year of birth");
    public static readonly LocalizedText Subjects = new("Пәндері", "Предметы", "Subjects");
    public static readonly LocalizedText Education = new("Білімі", "Образование", "Education");
    public static readonly LocalizedText TotalExperience = new("Жалпы еңбек өтілі", "Общий стаж работы", "Total work experience");
    public static readonly LocalizedText PedagogicalExperience = new("Педагогикалық өтілі", "Педагогический стаж", "Pedagogical experience");
    public static readonly LocalizedText SchoolExperience = new("Осы мекемедегі өтілі", "Стаж в данном учреждении", "Experience in this school");
    public static readonly LocalizedText Category = new("Біліктілік санаты", "Квалификационная категория", "Qualification category");
    public static readonly LocalizedText NextAttestation = new("Келесі аттестаттау", "Следующая аттестация", "Next attestation");
    public static readonly LocalizedText AwardedOn = new("берілген күні", "присвоена", "awarded");
    public static readonly LocalizedText AsOf = new("күнгі жағдай бойынша", "по состоянию на", "as of");
    public static readonly LocalizedText NotGiven = new("көрсетілмеген", "не указано", "not given");
    public static readonly LocalizedText Institution = new("Оқу орны", "Учебное заведение", "Institution");
    public static readonly LocalizedText Year = new("Жылы", "Год", "Year");
    public static readonly LocalizedText Specialty = new("Мамандығы", "Специальность", "Specialty");
    public static readonly LocalizedText Qualification = new("Біліктілігі", "Квалификация", "Qualification");

    public static string Of(Experience? experience, string language) => experience is not { } e
        ? NotGiven.Get(language)
        : new LocalizedText($"{e.Years} жыл {e.Months} ай", $"{e.Years} лет {e.Months} мес.", $"{e.Years} y {e.Months} m").Get(language);
}
