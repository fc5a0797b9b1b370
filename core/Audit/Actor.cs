namespace PortfolioBot.Core.Audit;

public enum ActorKind
{
    System = 0,
    Teacher = 1,
    Staff = 2,
}

/// <summary>Who did something: written into every audit record.</summary>
public sealed record Actor(ActorKind Kind, int? Id, string Name)
{
    public static Actor System { get; } = new(ActorKind.System, null, "system");

    public static Actor Teacher(int id, string name) => new(ActorKind.Teacher, id, name);

    public static Actor Staff(int id, string name) => new(ActorKind.Staff, id, name);
}
