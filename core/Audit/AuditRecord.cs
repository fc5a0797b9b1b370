namespace PortfolioBot.Core.Audit;

/// <summary>An append-only record of a state change (the database refuses updates and deletes).</summary>
public class AuditRecord
{
    private AuditRecord() { ActorName = null!; EntityType = null!; Action = null!; }

    public AuditRecord(DateTime atUtc, Actor actor, string entityType, int entityId, string action,
        string? fromState, string? toState, string? comment, int? schoolId)
    {
        At = atUtc;
        ActorKind = actor.Kind;
        ActorId = actor.Id;
        ActorName = actor.Name;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        FromState = fromState;
        ToState = toState;
        Comment = comment;
        SchoolId = schoolId;
    }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public ActorKind ActorKind { get; private set; }
    public int? ActorId { get; private set; }
    public string ActorName { get; private set; }
    public string EntityType { get; private set; }
    public int EntityId { get; private set; }
    public string Action { get; private set; }
    public string? FromState { get; private set; }
    public string? ToState { get; private set; }
    public string? Comment { get; private set; }

    /// <summary>The school the record belongs to, so reviewers see only their schools' history.</summary>
    public int? SchoolId { get; private set; }
}
