namespace PortfolioBot.Core.Teachers;

/// <summary>Qualification categories of Kazakhstan's teachers, lowest first.</summary>
public enum QualificationCategory
{
    Teacher = 1,
    Moderator = 2,
    Expert = 3,
    Researcher = 4,
    Master = 5,
}
