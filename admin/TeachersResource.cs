namespace PortfolioBot.Admin;

/// <summary>
/// Marker for the strings of the teachers, portfolio, invite, import and deadline pages in
/// Resources/TeachersResource(.kk|.en).resx; Russian is the neutral language.
/// </summary>
public sealed class TeachersResource;
