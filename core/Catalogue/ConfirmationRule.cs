using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Core.Catalogue;

/// <summary>Decides whether an entry needs the administration's confirmation (regulation, chapter "3.").</summary>
public sealed class ConfirmationRule(PortfolioDbContext db)
{
    public static bool NeedsConfirmation(ItemKind kind, bool? schoolOverride, DocumentType? documentType) =>
        (documentType is not { } type || !DocumentTypes.IsExemptFromConfirmation(type))
        && (schoolOverride ?? kind.NeedsConfirmation);

    public async Task<bool> NeedsConfirmationAsync(int schoolId, string kindCode, DocumentType? documentType, CancellationToken ct = default)
    {
        var kind = PortfolioCatalogue.Get(kindCode);
        var setting = await db.KindSettings.AsNoTracking()
            .FirstOrDefaultAsync(s => s.SchoolId == schoolId && s.KindCode == kindCode, ct);
        return NeedsConfirmation(kind, setting?.NeedsConfirmation, documentType);
    }
}
