using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Data.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> b)
    {
        b.Property(s => s.Name).HasMaxLength(300);
        b.Property(s => s.TimeZoneId).HasMaxLength(64);
    }
}
