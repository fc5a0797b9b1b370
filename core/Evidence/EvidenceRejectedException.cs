namespace PortfolioBot.Core.Evidence;

public enum EvidenceProblem
{
    Empty,
    TooLarge,
    ForbiddenType,
    UnknownType,
}

/// <summary>The store refused a file; nothing was kept.</summary>
public sealed class EvidenceRejectedException(EvidenceProblem problem, string message) : Exception(message)
{
    public EvidenceProblem Problem { get; } = problem;
}
