using System.ComponentModel.DataAnnotations;

namespace PortfolioBot.Core.Invitations;

public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";

    /// <summary>How many days an invitation stays valid.</summary>
    [Range(1, 365, ErrorMessage = "Invitations:ValidDays must be between 1 and 365.")]
    public int ValidDays { get; set; } = 14;
}
