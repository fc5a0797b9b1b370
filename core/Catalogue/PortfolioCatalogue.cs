namespace PortfolioBot.Core.Catalogue;

/// <summary>
/// The regulation's structure as data: four sections and one item kind per bullet, plus "other" in each.
/// Names follow shared/regulation/glossary.md so the three languages say the same thing.
/// </summary>
public static class PortfolioCatalogue
{
    private const KindField Basic = KindField.Description | KindField.Link;
    private const KindField Competition = Basic | KindField.Issuer | KindField.Level | KindField.Result;

    public static IReadOnlyList<Section> Sections { get; } =
    [
        new(1, new("Педагог жайлы жалпы мәлімет", "Общие сведения о педагоге", "General information about the teacher")),
        new(2, new("Педагогикалық іс-әрекетінің нәтижесі", "Результаты педагогической деятельности", "Results of pedagogical activity")),
        new(3, new("Ғылыми-әдістемелік әрекет", "Научно-методическая деятельность", "Scientific-methodological activity")),
        new(4, new("Тәрбие жұмысы", "Воспитательная работа", "Educational (upbringing) work")),
    ];

    public static IReadOnlyList<ItemKind> Kinds { get; } =
    [
        // 4.1 General information about the teacher
        new("s1.education", 1, new("Білімі", "Образование", "Education"),
            Basic | KindField.Issuer | KindField.DocumentType, KindField.Issuer, false, "4.1 education per diploma"),
        new("s1.courses", 1, new("Біліктілігін көтеру, курстар", "Повышение квалификации, курсы", "Professional development courses"),
            Basic | KindField.Issuer | KindField.Hours | KindField.DocumentType, KindField.None, false, "4.1 professional development courses; copies confirming courses"),
        new("s1.titles", 1, new("Ғылыми, құрмет атақтары мен дәрежелері", "Научные и почётные звания, степени", "Academic and honorary titles, degrees"),
            Basic | KindField.Issuer | KindField.DocumentType, KindField.None, false, "4.1 copies confirming academic and honorary titles and degrees"),
        new("s1.awards", 1, new("Марапаттар, грамоталар, алғыс хаттар", "Награды, грамоты, благодарственные письма", "Awards, honour certificates, letters of thanks"),
            Basic | KindField.Issuer | KindField.Level | KindField.DocumentType, KindField.DocumentType, true, "4.1 awards, certificates of honour, letters of thanks"),
        new("s1.competition-diplomas", 1, new("Конкурс дипломдары", "Дипломы конкурсов", "Competition diplomas"),
            Competition, KindField.Level, false, "4.1 copies of diplomas from competitions"),
        new("s1.other", 1, new("Өзге құжаттар", "Другие документы", "Other documents"),
            Basic | KindField.Issuer | KindField.DocumentType, KindField.None, true, "4.1 other documents at the teacher's discretion"),

        // 4.2 Results of pedagogical activity
        new("s2.additional-education", 2, new("Оқушылардың қосымша білім беру бағдарламаларын меңгеру нәтижелері", "Результаты освоения учащимися программ доп. образования", "Pupils' results in additional-education programmes"),
            Basic | KindField.Pupils, KindField.None, true, "4.2 pupils' results in additional-education programmes and key competencies"),
        new("s2.competition-participation", 2, new("Тәрбиеленушілердің конкурстарға қатысуы", "Участие учащихся в конкурсах", "Pupils' participation in competitions"),
            Basic | KindField.Issuer | KindField.Level | KindField.Pupils, KindField.Level, true, "4.2 pupils' participation in district, regional and national competitions"),
        new("s2.prize-winners", 2, new("Конкурс жүлдегерлері", "Призёры конкурсов", "Competition prize-winners"),
            Competition | KindField.Pupils, KindField.Level | KindField.Result, false, "4.2 prize-winners among pupils"),
        new("s2.graduates", 2, new("Бітірген түлектер, құжаты барлар", "Выпускники с документом об окончании", "Graduates with a completion document"),
            Basic | KindField.Pupils, KindField.Pupils, true, "4.2 graduates with a completion document"),
        new("s2.other", 2, new("Өзге құжаттар", "Другие документы", "Other documents"),
            Basic | KindField.DocumentType, KindField.None, true, "4.2 other results"),

        // 4.3 Scientific-methodological activity
        new("s3.new-technologies", 3, new("Жаңа педагогикалық технологияларды пайдалану", "Использование новых педагогических технологий", "Use of new pedagogical technologies"),
            Basic, KindField.None, true, "4.3 use of new pedagogical technologies"),
        new("s3.methodological-associations", 3, new("Әдістемелік бірлестіктердегі жұмыс", "Работа в методических объединениях", "Work in methodological associations"),
            Basic | KindField.Issuer, KindField.None, true, "4.3 work in methodological associations, city methodological service"),
        new("s3.professional-competitions", 3, new("Шығармашылық және кәсіби конкурстарға қатысу", "Участие в творческих и профессиональных конкурсах", "Creative and professional competitions"),
            Competition | KindField.DocumentType, KindField.Level, true, "4.3 participation in creative and professional competitions"),
        new("s3.master-classes", 3, new("Шебер кластар, дөңгелек столдар, семинарлар", "Мастер-классы, круглые столы, семинары", "Master classes, round tables, seminars"),
            Basic | KindField.Level, KindField.None, true, "4.3 master classes, round tables, seminars"),
        new("s3.author-programmes", 3, new("Авторлық бағдарламалар", "Авторские программы", "Author programmes"),
            Basic, KindField.None, true, "4.3 author programmes"),
        new("s3.publications", 3, new("Мақалалар, баяндамалар, ашық сабақтар", "Статьи, доклады, открытые уроки", "Articles, talks, open lessons"),
            Basic | KindField.Issuer | KindField.Level | KindField.DocumentType, KindField.None, true, "4.3 creative reports, essays, talks, articles, open lessons"),
        new("s3.other", 3, new("Өзге құжаттар", "Другие документы", "Other documents"),
            Basic | KindField.DocumentType, KindField.None, true, "4.3 other methodological materials"),

        // 4.4 Educational (upbringing) work
        new("s4.creative-works", 4, new("Шығармашылық жұмыстар", "Творческие работы", "Creative works"),
            Basic | KindField.Pupils, KindField.None, true, "4.4 creative works"),
        new("s4.research-projects", 4, new("Рефераттар, зерттеу жұмыстары, жобалар", "Рефераты, исследовательские работы, проекты", "Essays, research works, projects"),
            Basic | KindField.Pupils, KindField.None, true, "4.4 essays, research works, pupils' projects"),
        new("s4.extracurricular", 4, new("Сабақтан тыс іс-шаралар, мереке сценарийлері", "Внеклассные мероприятия, сценарии праздников", "Extracurricular events, holiday scenarios"),
            Basic | KindField.Level, KindField.None, true, "4.4 extracurricular lessons, holiday scenarios, videos of events"),
        new("s4.other", 4, new("Өзге құжаттар", "Другие документы", "Other documents"),
            Basic | KindField.DocumentType, KindField.None, true, "4.4 other documents"),
    ];

    private static readonly Dictionary<string, ItemKind> ByCode = Kinds.ToDictionary(k => k.Code, StringComparer.Ordinal);

    public static Section Section(int number) =>
        Sections.FirstOrDefault(s => s.Number == number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, "No such section.");

    public static IEnumerable<ItemKind> KindsOf(int section) => Kinds.Where(k => k.Section == section);

    public static ItemKind? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var kind) ? kind : null;

    public static ItemKind Get(string code) => Find(code) ?? throw new KeyNotFoundException($"Unknown item kind '{code}'.");

    public const string CompetitionParticipation = "s2.competition-participation";
    public const string PrizeWinners = "s2.prize-winners";
    public const string Graduates = "s2.graduates";
}
