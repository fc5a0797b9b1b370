using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Tests;

public class CatalogueTests
{
    private const string Profile = "teacher profile";

    /// <summary>
    /// Every bullet of regulation.en.md sections 4.1–4.4, in the regulation's words, with what covers it:
    /// an item kind code, or the teacher profile (section 1's personal data, kept on <see cref="Teacher"/>).
    /// </summary>
    public static TheoryData<int, string, string[]> RegulationBullets => new()
    {
        // 4.1 Section 1 — "General information about the teacher"
        { 1, "Full name; year of birth.", [Profile] },
        { 1, "Education: when and what institution was completed; specialty and qualification per diploma.", [Profile, "s1.education"] },
        { 1, "Total work experience and pedagogical experience; pedagogical experience in this institution.", [Profile] },
        { 1, "Professional development: year, month and topic of each course attended.", ["s1.courses"] },
        { 1, "Copies of documents confirming courses, academic and honorary titles and degrees.", ["s1.courses", "s1.titles"] },
        { 1, "Information on awards, certificates of honour (gramota), letters of thanks of various levels.", ["s1.awards"] },
        { 1, "Copies of diplomas from various competitions.", ["s1.competition-diplomas"] },
        { 1, "Other documents at the teacher's discretion.", ["s1.other"] },
        // 4.2 Section 2 — "Results of pedagogical activity"
        { 2, "Materials on pupils' results in mastering additional-education programmes, and on forming the key competencies of the course taught.", ["s2.additional-education"] },
        { 2, "pupils' participation in district, regional and national competitions (listed by name);", ["s2.competition-participation"] },
        { 2, "prize-winners among pupils at district, regional and national competitions;", ["s2.prize-winners"] },
        { 2, "graduates who received a document of completing the additional-education organisation.", ["s2.graduates"] },
        // Section 3 — "Scientific-methodological activity"
        { 3, "Use of new pedagogical technologies in teaching (description of the technologies used in delivering the curricula; reviews of lessons the teacher attended; analyses, etc.).", ["s3.new-technologies"] },
        { 3, "Work in methodological associations; cooperation with the city methodological service (reports, talks, etc.).", ["s3.methodological-associations"] },
        { 3, "Participation in creative and professional competitions of various levels.", ["s3.professional-competitions"] },
        { 3, "Organising and running master classes, round tables, seminars.", ["s3.master-classes"] },
        { 3, "Writing author programmes.", ["s3.author-programmes"] },
        { 3, "Preparing creative reports, essays, talks, articles and other documents (open lessons, competitions, quizzes, tests, scenarios, photos and videos of events held).", ["s3.publications"] },
        // Section 4 — "Educational (upbringing) work"
        { 4, "Creative works.", ["s4.creative-works"] },
        { 4, "Essays, research works, a list of projects done independently by pupils.", ["s4.research-projects"] },
        { 4, "Extracurricular lessons, holiday scenarios, videos of events held (exhibitions, trips, KVN, brain-ring, etc.).", ["s4.extracurricular"] },
        { 4, "Other documents.", ["s4.other"] },
    };

    [Theory]
    [MemberData(nameof(RegulationBullets))]
    public void RegulationBulletIsCovered(int section, string bullet, string[] coveredBy)
    {
        Assert.False(string.IsNullOrWhiteSpace(bullet));
        foreach (var code in coveredBy.Where(c => c != Profile))
        {
            var kind = PortfolioCatalogue.Find(code);
            Assert.True(kind is not null, $"No item kind '{code}' for: {bullet}");
            Assert.Equal(section, kind.Section);
            Assert.StartsWith($"4.{section} ", kind.RegulationBullet, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryKindAnswersARegulationBullet()
    {
        var covered = RegulationBullets.SelectMany(row => (string[])row[2]).ToHashSet();

        Assert.All(PortfolioCatalogue.Kinds.Where(k => !k.IsOther || k.Section != 2 && k.Section != 3),
            kind => Assert.Contains(kind.Code, covered));
    }

    [Fact]
    public void TeacherProfileHoldsSectionOnesPersonalData()
    {
        var today = new DateOnly(2025, 10, 15);
        var teacher = new Teacher(1, "  Әсел   Нұрланқызы Серікова ", DateTime.UtcNow);
        teacher.SetBirthYear(1985, today);
        teacher.AddEducation("Абай атындағы ҚазҰПУ", 2007, "Математика", "Математика мұғалімі");
        teacher.SetExperienceStarts(new DateOnly(2005, 9, 1), new DateOnly(2007, 9, 1), new DateOnly(2015, 9, 1), today);
        teacher.SetCategory(QualificationCategory.Expert, new DateOnly(2022, 5, 20), today);
        teacher.Subjects = "Математика, алгебра";

        Assert.Equal("Әсел Нұрланқызы Серікова", teacher.FullName);
        Assert.Equal(1985, teacher.BirthYear);
        Assert.Equal(("Абай атындағы ҚазҰПУ", 2007, "Математика", "Математика мұғалімі"),
            (teacher.Education[0].Institution, teacher.Education[0].YearCompleted, teacher.Education[0].Specialty, teacher.Education[0].Qualification));
        Assert.Equal(new Experience(20, 1), teacher.TotalExperience(today));
        Assert.Equal(new Experience(18, 1), teacher.PedagogicalExperience(today));
        Assert.Equal(new Experience(10, 1), teacher.SchoolExperience(today));
        Assert.Equal(new DateOnly(2027, 5, 20), teacher.NextAttestationDue);
    }

    [Fact]
    public void FourSectionsEachWithOneOtherKind()
    {
        Assert.Equal([1, 2, 3, 4], PortfolioCatalogue.Sections.Select(s => s.Number));
        foreach (var section in PortfolioCatalogue.Sections)
        {
            var other = Assert.Single(PortfolioCatalogue.KindsOf(section.Number), k => k.IsOther);
            Assert.Equal($"s{section.Number}.other", other.Code);
        }
    }

    [Fact]
    public void KindCodesAreUniqueAndStable()
    {
        var codes = PortfolioCatalogue.Kinds.Select(k => k.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(PortfolioCatalogue.Kinds, k => Assert.Matches($"^s{k.Section}\\.[a-z-]+$", k.Code));
        Assert.All(PortfolioCatalogue.Kinds, k => Assert.True(k.Code.Length <= 64));
    }

    /// <summary>shared/regulation/glossary.md, "Sections" and "Item kinds" tables.</summary>
    public static TheoryData<string, string, string, string> GlossaryKindNames => new()
    {
        { "s1.education", "Білімі", "Образование", "Education" },
        { "s1.courses", "Біліктілігін көтеру, курстар", "Повышение квалификации, курсы", "Professional development courses" },
        { "s1.titles", "Ғылыми, құрмет атақтары мен дәрежелері", "Научные и почётные звания, степени", "Academic and honorary titles, degrees" },
        { "s1.awards", "Марапаттар, грамоталар, алғыс хаттар", "Награды, грамоты, благодарственные письма", "Awards, honour certificates, letters of thanks" },
        { "s1.competition-diplomas", "Конкурс дипломдары", "Дипломы конкурсов", "Competition diplomas" },
        { "s1.other", "Өзге құжаттар", "Другие документы", "Other documents" },
        { "s2.additional-education", "Оқушылардың қосымша білім беру бағдарламаларын меңгеру нәтижелері", "Результаты освоения учащимися программ доп. образования", "Pupils' results in additional-education programmes" },
        { "s2.competition-participation", "Тәрбиеленушілердің конкурстарға қатысуы", "Участие учащихся в конкурсах", "Pupils' participation in competitions" },
        { "s2.prize-winners", "Конкурс жүлдегерлері", "Призёры конкурсов", "Competition prize-winners" },
        { "s2.graduates", "Бітірген түлектер, құжаты барлар", "Выпускники с документом об окончании", "Graduates with a completion document" },
        { "s2.other", "Өзге құжаттар", "Другие документы", "Other documents" },
        { "s3.new-technologies", "Жаңа педагогикалық технологияларды пайдалану", "Использование новых педагогических технологий", "Use of new pedagogical technologies" },
        { "s3.methodological-associations", "Әдістемелік бірлестіктердегі жұмыс", "Работа в методических объединениях", "Work in methodological associations" },
        { "s3.professional-competitions", "Шығармашылық және кәсіби конкурстарға қатысу", "Участие в творческих и профессиональных конкурсах", "Creative and professional competitions" },
        { "s3.master-classes", "Шебер кластар, дөңгелек столдар, семинарлар", "Мастер-классы, круглые столы, семинары", "Master classes, round tables, seminars" },
        { "s3.author-programmes", "Авторлық бағдарламалар", "Авторские программы", "Author programmes" },
        { "s3.publications", "Мақалалар, баяндамалар, ашық сабақтар", "Статьи, доклады, открытые уроки", "Articles, talks, open lessons" },
        { "s3.other", "Өзге құжаттар", "Другие документы", "Other documents" },
        { "s4.creative-works", "Шығармашылық жұмыстар", "Творческие работы", "Creative works" },
        { "s4.research-projects", "Рефераттар, зерттеу жұмыстары, жобалар", "Рефераты, исследовательские работы, проекты", "Essays, research works, projects" },
        { "s4.extracurricular", "Сабақтан тыс іс-шаралар, мереке сценарийлері", "Внеклассные мероприятия, сценарии праздников", "Extracurricular events, holiday scenarios" },
        { "s4.other", "Өзге құжаттар", "Другие документы", "Other documents" },
    };

    [Theory]
    [MemberData(nameof(GlossaryKindNames))]
    public void KindNamesFollowTheGlossary(string code, string kk, string ru, string en)
    {
        var name = PortfolioCatalogue.Get(code).Name;

        Assert.Equal((kk, ru, en), (name.Get("kk"), name.Get("ru-RU"), name.Get("en")));
    }

    [Fact]
    public void GlossaryNamesEveryKind()
    {
        Assert.Equal(PortfolioCatalogue.Kinds.Select(k => k.Code).Order(), GlossaryKindNames.Select(row => (string)row[0]).Order());
    }

    [Theory]
    [InlineData(1, "Педагог жайлы жалпы мәлімет", "Общие сведения о педагоге", "General information about the teacher")]
    [InlineData(2, "Педагогикалық іс-әрекетінің нәтижесі", "Результаты педагогической деятельности", "Results of pedagogical activity")]
    [InlineData(3, "Ғылыми-әдістемелік әрекет", "Научно-методическая деятельность", "Scientific-methodological activity")]
    [InlineData(4, "Тәрбие жұмысы", "Воспитательная работа", "Educational (upbringing) work")]
    public void SectionNamesFollowTheGlossary(int number, string kk, string ru, string en)
    {
        var name = PortfolioCatalogue.Section(number).Name;

        Assert.Equal((kk, ru, en), (name.Kk, name.Ru, name.En));
    }

    [Fact]
    public void EveryKindAsksForTitleAndDateAndRequiresOnlyWhatItAsks()
    {
        Assert.All(PortfolioCatalogue.Kinds, k =>
        {
            Assert.True(k.IsRequired(KindField.Date));
            Assert.True(k.IsRequired(KindField.Title));
            Assert.Equal(k.Requires, k.Requires & k.Asks);
        });
    }

    [Fact]
    public void AnalysedSectionTwoKindsAskForLevelAndPupils()
    {
        foreach (var code in new[] { PortfolioCatalogue.CompetitionParticipation, PortfolioCatalogue.PrizeWinners })
        {
            var kind = PortfolioCatalogue.Get(code);
            Assert.True(kind.IsRequired(KindField.Level));
            Assert.True(kind.AsksFor(KindField.Pupils));
        }
        Assert.True(PortfolioCatalogue.Get(PortfolioCatalogue.PrizeWinners).IsRequired(KindField.Result));
        Assert.True(PortfolioCatalogue.Get(PortfolioCatalogue.Graduates).IsRequired(KindField.Pupils));
    }

    [Fact]
    public void EntryRefusesAFieldItsKindDoesNotAsk()
    {
        var details = TestEntries.DetailsFor("s3.author-programmes") with { Hours = 72 };

        var ex = Assert.Throws<EntryRuleException>(() => new Entry(1, 1, "s3.author-programmes", details, TestEntries.Teacher, TestEntries.Today, TestEntries.Now));

        Assert.Equal(EntryRule.FieldNotAsked, ex.Rule);
    }

    [Fact]
    public void EntryRefusesAMissingRequiredField()
    {
        var details = TestEntries.DetailsFor(PortfolioCatalogue.PrizeWinners) with { Level = null };

        var ex = Assert.Throws<EntryRuleException>(() => new Entry(1, 1, PortfolioCatalogue.PrizeWinners, details, TestEntries.Teacher, TestEntries.Today, TestEntries.Now));

        Assert.Equal(EntryRule.FieldRequired, ex.Rule);
    }
}
