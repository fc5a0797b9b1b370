namespace PortfolioBot.Core.Catalogue;

/// <summary>
/// A kind of portfolio material within a section. <see cref="NeedsConfirmation"/> is the catalogue default;
/// a school can override it (<see cref="KindSetting"/>), and an exempt <see cref="DocumentType"/> lifts it.
/// </summary>
public sealed record ItemKind(
    string Code,
    int Section,
    LocalizedText Name,
    KindField Asks,
    KindField Requires,
    bool NeedsConfirmation,
    string RegulationBullet)
{
    public bool AsksFor(KindField field) => (Asks & field) == field || field is KindField.Title or KindField.Date;

    public bool IsRequired(KindField field) => (Requires & field) == field || field is KindField.Title or KindField.Date;

    public bool IsOther => Code.EndsWith(".other", StringComparison.Ordinal);
}
