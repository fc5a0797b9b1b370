using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Catalogue;

/// <summary>The glossary's words for levels, results, statuses and categories in kk/ru/en.</summary>
public static class Terms
{
    public static LocalizedText Of(Level level) => level switch
    {
        Level.School => new("мектептік", "школьный", "school"),
        Level.District => new("аудандық / қалалық", "районный / городской", "district / city"),
        Level.Regional => new("облыстық", "областной", "regional"),
        Level.National => new("республикалық", "республиканский", "national"),
        Level.International => new("халықаралық", "международный", "international"),
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static LocalizedText Of(ResultKind result) => result switch
    {
        ResultKind.Participant => new("қатысушы", "участник", "participant"),
        ResultKind.PrizeWinner => new("жүлдегер", "призёр", "prize-winner"),
        ResultKind.Winner => new("жеңімпаз", "победитель", "winner"),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    public static LocalizedText Place(int place) => new($"{place} орын", $"{place} место", place switch
    {
        1 => "1st place",
        2 => "2nd place",
        3 => "3rd place",
        _ => $"{place}th place",
    });

    public static LocalizedText Of(DocumentType type) => type switch
    {
        DocumentType.Diploma => new("диплом", "диплом", "diploma"),
        DocumentType.Certificate => new("сертификат, куәлік", "сертификат, удостоверение", "certificate"),
        DocumentType.HonourCertificate => new("грамота", "грамота", "honour certificate"),
        DocumentType.LetterOfThanks => new("алғыс хат", "благодарственное письмо", "letter of thanks"),
        DocumentType.PublicationCopy => new("жарияланым көшірмесі", "копия публикации", "copy of a publication"),
        DocumentType.Other => new("өзге құжат", "другой документ", "other document"),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static LocalizedText Of(EntryStatus status) => status switch
    {
        EntryStatus.Draft => new("қаралама", "черновик", "draft"),
        EntryStatus.Submitted => new("тексеруге жіберілді", "отправлено на проверку", "submitted"),
        EntryStatus.Confirmed => new("расталды", "подтверждено", "confirmed"),
        EntryStatus.Returned => new("пысықтауға қайтарылды", "возвращено на доработку", "returned for changes"),
        EntryStatus.Recorded => new("тіркелді", "зарегистрировано", "recorded"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static LocalizedText Of(QualificationCategory category) => category switch
    {
        QualificationCategory.Teacher => new("педагог", "педагог", "teacher"),
        QualificationCategory.Moderator => new("педагог-модератор", "педагог-модератор", "teacher-moderator"),
        QualificationCategory.Expert => new("педагог-сарапшы", "педагог-эксперт", "teacher-expert"),
        QualificationCategory.Researcher => new("педагог-зерттеуші", "педагог-исследователь", "teacher-researcher"),
        QualificationCategory.Master => new("педагог-шебер", "педагог-мастер", "teacher-master"),
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
