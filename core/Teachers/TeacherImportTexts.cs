using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Core.Teachers;

/// <summary>The CSV import's validation messages in kk/ru/en.</summary>
internal static class TeacherImportTexts
{
    public static readonly LocalizedText Empty = new("Файл бос.", "Файл пуст.", "The file is empty.");
    public static readonly LocalizedText NoFullName = new(
        "FullName бағаны жоқ (бірінші жолда баған атаулары болуы керек).",
        "Нет столбца FullName (в первой строке должны быть названия столбцов).",
        "There is no FullName column (the first line must name the columns).");
    public static readonly LocalizedText NotUtf8 = new(
        "Мәтін UTF-8 емес: файлды «CSV UTF-8» ретінде сақтаңыз.",
        "Текст не в кодировке UTF-8: сохраните файл как «CSV UTF-8».",
        "The text is not UTF-8: save the file as \"CSV UTF-8\".");
    public static readonly LocalizedText Required = new("Толтыру міндетті.", "Обязательное поле.", "Required.");
    public static readonly LocalizedText BadEmail = new("Электрондық пошта мекенжайы қате.", "Неверный адрес электронной почты.", "Not a valid e-mail address.");
    public static readonly LocalizedText BadPhone = new(
        "Телефон нөмірі қате (цифрлар, +, бос орын, жақша, сызықша).",
        "Неверный номер телефона (цифры, +, пробелы, скобки, дефисы).",
        "Not a valid phone number (digits, +, spaces, brackets, hyphens).");
    public static readonly LocalizedText BadCategory = new(
        "Белгісіз санат: педагог, педагог-модератор, педагог-сарапшы, педагог-зерттеуші, педагог-шебер.",
        "Неизвестная категория: педагог, педагог-модератор, педагог-эксперт, педагог-исследователь, педагог-мастер.",
        "Unknown category: teacher, teacher-moderator, teacher-expert, teacher-researcher, teacher-master.");
    public static readonly LocalizedText CategoryNeedsDate = new(
        "Санат берілген күнді CategoryAwardedOn бағанында көрсетіңіз.",
        "Укажите дату присвоения категории в столбце CategoryAwardedOn.",
        "Give the date the category was awarded in CategoryAwardedOn.");
    public static readonly LocalizedText DateWithoutCategory = new(
        "Санатсыз күн көрсетілген: Category бағанын толтырыңыз.",
        "Дата указана без категории: заполните столбец Category.",
        "A date without a category: fill in the Category column.");

    public static LocalizedText UnknownColumn(string name) => new(
        $"Белгісіз баған «{name}».", $"Неизвестный столбец «{name}».", $"Unknown column \"{name}\".");

    public static LocalizedText RepeatedColumn(string name) => new(
        $"«{name}» бағаны екі рет берілген.", $"Столбец «{name}» указан дважды.", $"The column \"{name}\" appears twice.");

    public static LocalizedText FieldCount(int expected, int found) => new(
        $"{expected} өріс күтілді, {found} табылды.", $"Ожидалось полей: {expected}, найдено: {found}.", $"Expected {expected} fields, found {found}.");

    public static LocalizedText BadQuotes => new(
        "Тырнақшалар дұрыс жабылмаған.", "Кавычки не закрыты или стоят неправильно.", "Quotes are not closed or are misplaced.");

    public static LocalizedText TooLong(int max) => new(
        $"Ең көбі {max} таңба.", $"Не более {max} символов.", $"At most {max} characters.");

    public static LocalizedText BadYear(int min, int max) => new(
        $"Жыл {min} мен {max} аралығында болуы керек.", $"Год должен быть от {min} до {max}.", $"The year must be between {min} and {max}.");

    public static LocalizedText BadDate => new(
        "Күн қате: КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК, 1950 жылдан бүгінге дейін.",
        "Неверная дата: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, с 1950 года по сегодня.",
        "Not a valid date: DD.MM.YYYY or YYYY-MM-DD, from 1950 to today.");

    public static LocalizedText TooManyRows(int max) => new(
        $"Бір файлда ең көбі {max} жол.", $"В одном файле не более {max} строк.", $"At most {max} rows in one file.");

    public static LocalizedText DuplicateInFile(int firstLine) => new(
        $"Бұл педагог файлда {firstLine}-жолда бар.", $"Этот педагог уже есть в файле в строке {firstLine}.", $"This teacher is already in the file on line {firstLine}.");

    public static readonly LocalizedText DuplicateInSchool = new(
        "Мұндай аты-жөні бар педагог мектепте бар.", "Педагог с таким ФИО уже есть в школе.", "A teacher with this name is already in the school.");
}
