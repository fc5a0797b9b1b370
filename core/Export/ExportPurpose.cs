using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Core.Export;

/// <summary>What a portfolio is exported for, as the regulation lists its uses (chapter 2.2 and "3.").</summary>
public enum ExportPurpose
{
    /// <summary>Everything the teacher has put forward.</summary>
    Whole = 1,

    /// <summary>Attestation for a qualification category: the last five years.</summary>
    Attestation = 2,

    /// <summary>The monetary bonus at the end of the school year: the current school year.</summary>
    YearEndBonus = 3,

    /// <summary>A selection of entries chosen one by one (competitions, awards, accreditation).</summary>
    HandPicked = 4,
}

/// <summary>An export to make: whose portfolio, for what, in which language, and for hand-picked, which entries.</summary>
public sealed record ExportRequest(int TeacherId, ExportPurpose Purpose, string? Language, IReadOnlyCollection<int>? EntryIds = null);

/// <summary>The request cannot be served: an unknown teacher, or entries that are not the teacher's.</summary>
public sealed class ExportRejectedException(string message) : Exception(message);

public static class ExportPurposes
{
    /// <summary>The attestation period: a category is confirmed every five years.</summary>
    public const int AttestationYears = 5;

    public static LocalizedText Name(ExportPurpose purpose) => purpose switch
    {
        ExportPurpose.Whole => new("Толық портфолио", "Всё портфолио", "Whole portfolio"),
        ExportPurpose.Attestation => new("Аттестаттау (соңғы 5 жыл)", "Аттестация (последние 5 лет)", "Attestation (last 5 years)"),
        ExportPurpose.YearEndBonus => new("Оқу жылы қорытындысы бойынша сыйақы", "Премия по итогам учебного года", "End-of-year bonus"),
        ExportPurpose.HandPicked => new("Таңдалған материалдар", "Выбранные материалы", "Hand-picked entries"),
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };
}
