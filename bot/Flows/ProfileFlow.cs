using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Bot.Flows;

/// <summary>My profile (section 1): the profile fields, education, computed experience, category and next attestation.</summary>
public sealed class ProfileFlow(MainMenuFlow menu)
{
    private static readonly string[] Fields = ["subjects", "email", "phone", "birth", "since", "edu", "cat"];

    public async Task ShowAsync(Conversation c, CancellationToken ct)
    {
        var teacher = await c.Db.Teachers.Include(t => t.Education).FirstAsync(t => t.Id == c.RequireTeacher.Id, ct);
        c.MoveTo(FlowNames.Profile, "view", new FlowData());
        string V(string? value) => string.IsNullOrWhiteSpace(value) ? c.T(T.NotSet) : value;
        string E(Experience? e) => e is { } x ? c.F(T.YearsMonths, x.Years, x.Months) : c.T(T.NotSet);
        var lines = new List<string>
        {
            c.T(T.ProfileTitle), string.Empty,
            $"{c.T(T.PName)}: {teacher.FullName}",
            $"{c.T(T.PBirthYear)}: {V(teacher.BirthYear?.ToString(CultureInfo.InvariantCulture))}",
            $"{c.T(T.PSubjects)}: {V(teacher.Subjects)}",
            $"{c.T(T.PEmail)}: {V(teacher.Email)}",
            $"{c.T(T.PPhone)}: {V(teacher.Phone)}",
            $"{c.T(T.PExperience)}: {E(teacher.PedagogicalExperience(c.Today))}",
            $"{c.T(T.PTotalExperience)}: {E(teacher.TotalExperience(c.Today))}",
            $"{c.T(T.PCategory)}: {(teacher.Category is { } cat ? Terms.Of(cat).Get(c.Language) : c.T(T.NotSet))}",
            $"{c.T(T.PNextAttestation)}: {V(teacher.NextAttestationDue?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))}",
            $"{c.T(T.PEducation)}:",
        };
        lines.AddRange(teacher.Education.OrderBy(e => e.YearCompleted)
            .Select(e => $"  • {e.Institution}, {e.YearCompleted}{(e.Specialty is null ? string.Empty : ", " + e.Specialty)}"));
        var rows = new List<IReadOnlyList<ChatButton>>
        {
            new[] { c.Button("✏️ " + c.T(T.PSubjects), "pf", "subjects"), c.Button("✏️ " + c.T(T.PBirthYear), "pf", "birth") },
            new[] { c.Button("✏️ " + c.T(T.PEmail), "pf", "email"), c.Button("✏️ " + c.T(T.PPhone), "pf", "phone") },
            new[] { c.Button("✏️ " + c.T(T.PExperience), "pf", "since"), c.Button(T.AddEducation, "pf", "edu") },
            new[] { c.Button("✏️ " + c.T(T.PCategory), "pf", "cat") },
            new[] { MainMenuFlow.MenuButton(c) },
        };
        await c.ShowAsync(new OutgoingMessage(string.Join('\n', lines), rows), ct);
    }

    public async Task OnButtonAsync(Conversation c, string action, string? arg, CancellationToken ct)
    {
        switch (action)
        {
            case "pf" when arg == "cat":
                c.MoveTo(FlowNames.Profile, "category", new FlowData());
                var categories = Enum.GetValues<QualificationCategory>()
                    .Select(q => (IReadOnlyList<ChatButton>)[c.Button(Terms.Of(q).Get(c.Language), "cat", ((int)q).ToString(CultureInfo.InvariantCulture))])
                    .Append([c.Button(T.NoCategory, "cat", "0")])
                    .Append([c.Button(T.Back, "back"), c.Button(T.Cancel, "cancel")]);
                await c.ShowAsync(new OutgoingMessage(c.T(T.AskCategory), [.. categories]), ct);
                return;
            case "cat" when c.State.Step == "category" && CallbackData.TryInt(arg, out var n) && (n == 0 || Enum.IsDefined(typeof(QualificationCategory), n)):
                if (n == 0)
                {
                    var teacher = await c.Db.Teachers.FirstAsync(t => t.Id == c.RequireTeacher.Id, ct);
                    teacher.SetCategory(null, null, c.Today);
                    await c.Db.SaveChangesAsync(ct);
                    await ShowAsync(c, ct);
                    return;
                }
                c.MoveTo(FlowNames.Profile, "edit", new FlowData { ProfileField = "cat:" + arg });
                await c.ShowAsync(new OutgoingMessage(c.T(T.AskCategoryDate), [[c.Button(T.Back, "back"), c.Button(T.Cancel, "cancel")]]), ct);
                return;
            case "pf" when arg is not null && Fields.Contains(arg):
                c.MoveTo(FlowNames.Profile, "edit", new FlowData { ProfileField = arg });
                var question = arg switch
                {
                    "since" => c.T(T.AskExperienceSince),
                    "edu" => c.T(T.AskEducation),
                    _ => c.F(T.AskProfileValue, c.T(Label(arg))),
                };
                await c.ShowAsync(new OutgoingMessage(question, [[c.Button(T.Back, "back"), c.Button(T.Cancel, "cancel")]]), ct);
                return;
            case "back":
                await ShowAsync(c, ct);
                return;
            case "cancel":
                await menu.CancelAsync(c, ct);
                return;
            default:
                await c.NoticeAsync(c.T(T.Stale), ct);
                return;
        }
    }

    public async Task OnTextAsync(Conversation c, string text, CancellationToken ct)
    {
        if (c.State.Step != "edit" || c.Data.ProfileField is not { } field)
        {
            await c.SayAsync(c.T(T.UseButtons), ct);
            return;
        }
        var teacher = await c.Db.Teachers.Include(t => t.Education).FirstAsync(t => t.Id == c.RequireTeacher.Id, ct);
        var problem = Apply(c, teacher, field, text.Trim());
        if (problem is not null)
        {
            await c.SayAsync(c.F(T.ProfileBadValue, problem), ct);
            return;
        }
        await c.Db.SaveChangesAsync(ct);
        await c.SayAsync(c.T(T.ProfileSaved), ct);
        await ShowAsync(c, ct);
    }

    private static string? Apply(Conversation c, Teacher teacher, string field, string text)
    {
        if (text.Length > EntryDetails.MaxShortTextLength) return c.F(T.TooLong, text.Length, EntryDetails.MaxShortTextLength);
        try
        {
            switch (field)
            {
                case "subjects": teacher.Subjects = text; break;
                case "phone": teacher.Phone = text; break;
                case "email" when MailAddress.TryCreate(text, out _): teacher.Email = text; break;
                case "email": return text;
                case "birth" when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year):
                    teacher.SetBirthYear(year, c.Today);
                    break;
                case "birth": return c.T(T.NotANumber);
                case "since":
                    var problem = PortfolioDate.TryParse(text, c.Today, out var since);
                    if (problem != DateProblem.None) return AddEntryFlow.DateProblemText(c, problem);
                    teacher.SetExperienceStarts(teacher.TotalExperienceSince ?? since, since, teacher.SchoolExperienceSince, c.Today);
                    break;
                case var f when f.StartsWith("cat:", StringComparison.Ordinal):
                    var dateProblem = PortfolioDate.TryParse(text, c.Today, out var awarded);
                    if (dateProblem != DateProblem.None) return AddEntryFlow.DateProblemText(c, dateProblem);
                    teacher.SetCategory((QualificationCategory)int.Parse(f[4..], CultureInfo.InvariantCulture), awarded, c.Today);
                    break;
                case "edu":
                    var parts = text.Split(',', 3, StringSplitOptions.TrimEntries);
                    if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var completed)) return text;
                    teacher.AddEducation(parts[0], completed, parts.Length > 2 ? parts[2] : null, null);
                    break;
            }
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex is ArgumentOutOfRangeException ? c.T(T.OutOfRange) : text;
        }
    }

    private static LocalizedText Label(string field) => field switch
    {
        "subjects" => T.PSubjects,
        "email" => T.PEmail,
        "phone" => T.PPhone,
        _ => T.PBirthYear,
    };
}
