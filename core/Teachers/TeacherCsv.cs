using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using CsvHelper;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Core.Teachers;

/// <summary>A problem with one line (and column, when it is about one field) of an import file.</summary>
public sealed record ImportProblem(int Line, string? Column, LocalizedText Message);

/// <summary>A line of the file that passed every check, ready to become a teacher.</summary>
public sealed record TeacherRow(
    int Line, string FullName, string? Email, string? Phone, string? Subjects, int? BirthYear,
    QualificationCategory? Category, DateOnly? CategoryAwardedOn,
    DateOnly? TotalExperienceSince, DateOnly? PedagogicalExperienceSince, DateOnly? SchoolExperienceSince);

/// <summary>
/// Reads the teachers' CSV: a header line naming the columns (any order, any case), ';' or ',' between
/// fields, UTF-8 with or without a BOM. Every line is checked and every problem reported, not just the first.
/// </summary>
public static partial class TeacherCsv
{
    public const int MaxRows = 2000;

    public static IReadOnlyList<string> Columns { get; } =
    [
        "FullName", "Email", "Phone", "Subjects", "BirthYear", "Category", "CategoryAwardedOn",
        "PedagogicalExperienceSince", "TotalExperienceSince", "SchoolExperienceSince",
    ];

    public static async Task<(List<TeacherRow> Rows, List<ImportProblem> Problems)> ReadAsync(Stream content, DateOnly today, CancellationToken ct = default)
    {
        var rows = new List<TeacherRow>();
        var problems = new List<ImportProblem>();
        var malformedLines = new HashSet<long>();
        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = true,
            MaxRecordSize = 64 * 1024,
            OnMalformedRecord = record => malformedLines.Add(record.LineNumber),
        };
        await using var csv = CsvReader.Create(content, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var header = csv.Headers.ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
            return (rows, [new ImportProblem(1, null, TeacherImportTexts.Empty)]);

        var columns = MapHeader(header, problems);
        if (problems.Count > 0) return (rows, problems);

        var lines = 0;
        while (await csv.ReadAsync(ct))
        {
            var line = (int)csv.LineNumber;
            if (++lines > MaxRows)
            {
                problems.Add(new ImportProblem(line, null, TeacherImportTexts.TooManyRows(MaxRows)));
                break;
            }
            var fields = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? string.Empty).ToArray();
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            if (malformedLines.Contains(csv.LineNumber)) { problems.Add(new ImportProblem(line, null, TeacherImportTexts.BadQuotes)); continue; }
            if (fields.Length != header.Length) { problems.Add(new ImportProblem(line, null, TeacherImportTexts.FieldCount(header.Length, fields.Length))); continue; }
            if (fields.Any(f => f.Contains('\uFFFD', StringComparison.Ordinal))) { problems.Add(new ImportProblem(line, null, TeacherImportTexts.NotUtf8)); continue; }
            var row = new RowReader(line, fields, columns, today, problems).Read();
            if (row is not null) rows.Add(row);
        }
        return (rows, problems);
    }

    private static Dictionary<string, int> MapHeader(string[] header, List<ImportProblem> problems)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var known = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
                ?? (string.Equals(name, "E-mail", StringComparison.OrdinalIgnoreCase) ? "Email" : null);
            if (known is null) problems.Add(new ImportProblem(1, name, TeacherImportTexts.UnknownColumn(name)));
            else if (!map.TryAdd(known, i)) problems.Add(new ImportProblem(1, name, TeacherImportTexts.RepeatedColumn(name)));
        }
        if (!map.ContainsKey("FullName")) problems.Add(new ImportProblem(1, "FullName", TeacherImportTexts.NoFullName));
        return map;
    }

    /// <summary>Reads one line's fields, adding a problem for each bad one.</summary>
    private sealed class RowReader(int line, string[] fields, Dictionary<string, int> columns, DateOnly today, List<ImportProblem> problems)
    {
        private bool _ok = true;

        public TeacherRow? Read()
        {
            var fullName = Text("FullName", Teacher.MaxNameLength, required: true);
            var email = Text("Email", 200);
            if (email is not null && !MailAddress.TryCreate(email, out _)) Fail("Email", TeacherImportTexts.BadEmail);
            var phone = Text("Phone", 50);
            if (phone is not null && !PhonePattern().IsMatch(phone)) Fail("Phone", TeacherImportTexts.BadPhone);
            var subjects = Text("Subjects", 300);
            var birthYear = Year("BirthYear", 1930, today.Year - 16);
            var category = Category();
            var awardedOn = Date("CategoryAwardedOn");
            if (category is not null && awardedOn is null && Value("CategoryAwardedOn") is null) Fail("CategoryAwardedOn", TeacherImportTexts.CategoryNeedsDate);
            if (category is null && awardedOn is not null && Value("Category") is null) Fail("Category", TeacherImportTexts.DateWithoutCategory);
            var pedagogical = Date("PedagogicalExperienceSince");
            var total = Date("TotalExperienceSince");
            var school = Date("SchoolExperienceSince");
            return _ok ? new TeacherRow(line, fullName!, email, phone, subjects, birthYear, category, awardedOn, total, pedagogical, school) : null;
        }

        private string? Value(string column) =>
            columns.TryGetValue(column, out var i) && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i].Trim() : null;

        private string? Text(string column, int max, bool required = false)
        {
            var value = Value(column);
            if (value is null) { if (required) Fail(column, TeacherImportTexts.Required); return null; }
            value = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (value.Length > max) { Fail(column, TeacherImportTexts.TooLong(max)); return null; }
            return value;
        }

        private int? Year(string column, int min, int max)
        {
            if (Value(column) is not { } value) return null;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= min && year <= max) return year;
            Fail(column, TeacherImportTexts.BadYear(min, max));
            return null;
        }

        private DateOnly? Date(string column)
        {
            if (Value(column) is not { } value) return null;
            if (PortfolioDate.TryParse(value, today, out var date) == DateProblem.None) return date;
            Fail(column, TeacherImportTexts.BadDate);
            return null;
        }

        private QualificationCategory? Category()
        {
            if (Value("Category") is not { } value) return null;
            foreach (var category in Enum.GetValues<QualificationCategory>())
            {
                var term = Terms.Of(category);
                string[] names = [category.ToString(), term.Kk, term.Ru, term.En];
                if (names.Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase))) return category;
            }
            Fail("Category", TeacherImportTexts.BadCategory);
            return null;
        }

        private void Fail(string column, LocalizedText message)
        {
            _ok = false;
            problems.Add(new ImportProblem(line, column, message));
        }
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{4,49}$")]
    private static partial Regex PhonePattern();
}
