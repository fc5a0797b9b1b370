using System.Globalization;
using Microsoft.Data.Sqlite;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Search;

namespace PortfolioBot.Benchmarks.Scenarios.Admin;

/// <summary>
/// Fills a migrated database with schools, teachers and entries through raw SQL: one transaction, prepared
/// commands, synchronous=OFF while seeding. A million entries take about a minute; the result is cached.
/// </summary>
public static class AdminSeeder
{
    public const int Schools = 50;
    private const string Stamp = "yyyy-MM-dd HH:mm:ss.fffffff";

    private static readonly string[] Titles =
    [
        "Абай оқулары облыстық конкурсы", "Открытый урок по физике", "Курсы по обновлённому содержанию образования",
        "Олимпиада по математике", "Кейс-метод на уроках химии", "Рисунки учащихся к Наурызу", "Семинар по критическому мышлению",
        "Дебаттық турнир", "Научный проект «Экология родного края»", "Выпуск 11 класса", "Мастер-класс по робототехнике",
        "Спортивные соревнования", "Авторская программа кружка", "Публикация в журнале «Білім»", "Ғылыми жоба қорғау",
    ];

    private static readonly string[] Surnames = ["Серікова", "Иванова", "Нұрланов", "Ахметова", "Петров", "Жумабаев", "Ким", "Омарова", "Смагулов", "Ли"];
    private static readonly string[] Names = ["Әсел", "Айгүл", "Ерлан", "Мария", "Дамир", "Ольга", "Нұрсұлтан", "Гүлнар", "Сергей", "Жанар"];

    public static async Task SeedAsync(string databasePath, int teachers, int entries, DateTime utcNow)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var now = utcNow.ToString(Stamp, CultureInfo.InvariantCulture);

        var school = Prepare(connection, tx, "INSERT INTO Schools (Id, Name, TimeZoneId) VALUES ($id, $name, 'Asia/Almaty')", "$id", "$name");
        for (var s = 1; s <= Schools; s++) await Run(school, s, $"Школа-гимназия №{s}");

        var teacher = Prepare(connection, tx,
            "INSERT INTO Teachers (Id, SchoolId, FullName, SearchKey, Subjects, IsActive, NudgesMuted, CreatedAt, LastActivityAt, Category) " +
            "VALUES ($id, $school, $name, $key, 'Физика', 1, 0, $now, $now, 2)", "$id", "$school", "$name", "$key", "$now");
        for (var t = 1; t <= teachers; t++)
        {
            var name = $"{Names[t % Names.Length]} {Surnames[t / Names.Length % Surnames.Length]} {t}";
            await Run(teacher, t, SchoolOf(t), name, SearchText.Normalize(name), now);
        }

        var kinds = PortfolioCatalogue.Kinds;
        var entry = Prepare(connection, tx,
            "INSERT INTO Entries (Id, TeacherId, SchoolId, KindCode, Status, Title, Date, Issuer, Level, Result, Place, PupilCount, IsStarred, SearchKey, " +
            "Version, IsCurrent, CreatedAt, UpdatedAt, SubmittedAt, ReviewedAt, ReviewedByName, IsDeleted, Revision) VALUES " +
            "($id, $teacher, $school, $kind, $status, $title, $date, 'Отдел образования', $level, $result, $place, $pupils, $star, $key, " +
            "1, 1, $now, $now, $submitted, $reviewed, $reviewer, 0, 1)",
            "$id", "$teacher", "$school", "$kind", "$status", "$title", "$date", "$level", "$result", "$place", "$pupils", "$star", "$key",
            "$now", "$submitted", "$reviewed", "$reviewer");
        var file = Prepare(connection, tx,
            "INSERT INTO EvidenceFiles (EntryId, OriginalName, Size, Sha256, ContentType, Extension, Source, AddedAt) " +
            "VALUES ($entry, 'diploma.pdf', 48213, $sha, 'application/pdf', '.pdf', 'telegram', $now)", "$entry", "$sha", "$now");
        var perTeacher = Math.Max(1, entries / teachers);
        var today = DateOnly.FromDateTime(utcNow);
        for (var id = 1; id <= entries; id++)
        {
            var t = (id - 1) / perTeacher % teachers + 1;
            // Weighted towards the kinds the 3-year analysis counts, so it has real rows to add up.
            var kind = id % 3 == 0 ? kinds[(id / 3) % kinds.Count] : kinds.First(k => k.Code == (id % 3 == 1 ? PortfolioCatalogue.CompetitionParticipation : PortfolioCatalogue.PrizeWinners));
            var status = (id % 20) switch { < 3 => 0, < 5 => 1, 5 => 3, _ => id % 2 == 0 ? 2 : 4 };
            var submitted = status == 0 ? null : utcNow.AddMinutes(-id).ToString(Stamp, CultureInfo.InvariantCulture);
            var reviewed = status is 2 or 3 ? now : null;
            var title = $"{Titles[id % Titles.Length]} {id}";
            var date = today.AddDays(-(id * 13 % 1460)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await Run(entry, id, t, SchoolOf(t), kind.Code, status, title, date, id % 5 + 1, id % 3 + 1, id % 3 + 1, id % 30 + 1,
                id % 50 == 0 ? 1 : 0, SearchText.Normalize(title), now, submitted, reviewed, reviewed is null ? null : "Завуч");
            if (id % 4 == 0) await Run(file, id, id.ToString("x64", CultureInfo.InvariantCulture), now);
        }
        await tx.CommitAsync();
        await Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public static int SchoolOf(int teacherId) => (teacherId - 1) % Schools + 1;

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static async Task Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
