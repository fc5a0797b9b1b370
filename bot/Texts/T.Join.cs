using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Texts;

public static partial class T
{
    public static readonly LocalizedText JoinWelcome = new(
        "Қош келдіңіз, {0}! Енді портфолиоңызды осы жерде жүргізе аласыз.",
        "Добро пожаловать, {0}! Теперь вы можете вести своё портфолио здесь.",
        "Welcome, {0}! You can now keep your portfolio here.");
    public static readonly LocalizedText JoinStaffWelcome = new(
        "Қош келдіңіз, {0}! Telegram байланыстырылды: тексеруді күтіп тұрған жазбалардың таңғы дайджесін осы жерден аласыз.",
        "Добро пожаловать, {0}! Telegram подключён: утренний дайджест записей, ожидающих проверки, будет приходить сюда.",
        "Welcome, {0}! Telegram is linked: you will receive the morning digest of entries waiting for review here.");
    public static readonly LocalizedText StaffOnly = new(
        "{0}, сіздің Telegram мектеп әкімшілігінің қызметкері ретінде байланыстырылған. Портфолио мәзірі педагогтерге арналған; тексеруді күтіп тұрған жазбалардың таңғы дайджесі осы жерге келеді, ал жазбаларды тексеру — веб-админкада.",
        "{0}, ваш Telegram подключён как сотрудник администрации школы. Меню портфолио предназначено для педагогов; утренний дайджест записей, ожидающих проверки, приходит сюда, а проверка записей — в веб-админке.",
        "{0}, your Telegram is linked as a member of the school administration. The portfolio menu is for teachers; the morning digest of entries waiting for review arrives here, and reviewing is done in the web admin.");
    public static readonly LocalizedText JoinNoCode = new(
        "Сәлеметсіз бе! Бұл мектеп педагогтерінің портфолио боты. Қосылу үшін мектеп әкімшілігінен жеке шақыру сілтемесін алып, оны ашыңыз.",
        "Здравствуйте! Это бот портфолио педагогов школы. Чтобы подключиться, получите у администрации школы личную ссылку-приглашение и откройте её.",
        "Hello! This is the school's teacher portfolio bot. To join, get your personal invitation link from the school administration and open it.");
    public static readonly LocalizedText JoinAlreadyLinked = new("Сіз қосылғансыз, {0}.", "Вы уже подключены, {0}.", "You are already linked, {0}.");
    public static readonly LocalizedText JoinUnknown = new(
        "Бұл шақыру коды жарамсыз. Сілтемені толық көшіргеніңізді тексеріңіз немесе әкімшіліктен жаңасын сұраңыз.",
        "Этот код приглашения недействителен. Проверьте, что ссылка скопирована полностью, или попросите новую у администрации.",
        "This invitation code is not valid. Check that the whole link was copied, or ask the administration for a new one.");
    public static readonly LocalizedText JoinUsed = new(
        "Бұл шақыру бұрын пайдаланылған. Әкімшіліктен жаңасын сұраңыз.",
        "Это приглашение уже использовано. Попросите новое у администрации.",
        "This invitation has already been used. Ask the administration for a new one.");
    public static readonly LocalizedText JoinExpired = new(
        "Бұл шақырудың мерзімі өтіп кеткен. Әкімшіліктен жаңасын сұраңыз.",
        "Срок действия этого приглашения истёк. Попросите новое у администрации.",
        "This invitation has expired. Ask the administration for a new one.");
    public static readonly LocalizedText JoinRevoked = new(
        "Бұл шақыру күшін жойған. Әкімшіліктен жаңасын сұраңыз.",
        "Это приглашение отозвано. Попросите новое у администрации.",
        "This invitation was withdrawn. Ask the administration for a new one.");
    public static readonly LocalizedText JoinTooMany = new(
        "Қате кодтар тым көп. Бір сағаттан кейін қайталаңыз немесе әкімшіліктен сілтеме сұраңыз.",
        "Слишком много неверных кодов. Повторите через час или попросите ссылку у администрации.",
        "Too many wrong codes. Try again in an hour or ask the administration for a link.");
}
