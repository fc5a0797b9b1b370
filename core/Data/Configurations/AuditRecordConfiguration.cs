using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioBot.Core.Audit;

namespace PortfolioBot.Core.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.EntityType).HasMaxLength(50);
        b.Property(a => a.Action).HasMaxLength(50);
        b.Property(a => a.FromState).HasMaxLength(30);
        b.Property(a => a.ToState).HasMaxLength(30);
        b.Property(a => a.Comment).HasMaxLength(2000);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => new { a.SchoolId, a.At });
    }
}
