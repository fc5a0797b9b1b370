namespace PortfolioBot.Core.Catalogue;

/// <summary>A school's own choice of whether a kind needs confirmation, overriding the catalogue default.</summary>
public class KindSetting
{
    private KindSetting() { KindCode = null!; }

    public KindSetting(int schoolId, string kindCode, bool needsConfirmation)
    {
        PortfolioCatalogue.Get(kindCode);
        SchoolId = schoolId;
        KindCode = kindCode;
        NeedsConfirmation = needsConfirmation;
    }

    public int SchoolId { get; private set; }
    public string KindCode { get; private set; }
    public bool NeedsConfirmation { get; set; }
}
