using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Data.Configurations;

internal sealed class TeacherConfiguration : IEntityTypeConfiguration<Teacher>
{
    public void Configure(EntityTypeBuilder<Teacher> b)
    {
        b.Property(t => t.FullName).HasMaxLength(Teacher.MaxNameLength);
        b.Property(t => t.SearchKey).HasMaxLength(Teacher.MaxNameLength);
        b.Property(t => t.Subjects).HasMaxLength(300);
        b.Property(t => t.Email).HasMaxLength(200);
        b.Property(t => t.Phone).HasMaxLength(50);
        b.HasOne<School>().WithMany().HasForeignKey(t => t.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Education).WithOne().HasForeignKey(e => e.TeacherId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Education).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(t => new { t.SchoolId, t.SearchKey });
        b.HasIndex(t => t.LastActivityAt);
    }
}

internal sealed class EducationRecordConfiguration : IEntityTypeConfiguration<EducationRecord>
{
    public void Configure(EntityTypeBuilder<EducationRecord> b)
    {
        b.Property(e => e.Institution).HasMaxLength(300);
        b.Property(e => e.Specialty).HasMaxLength(300);
        b.Property(e => e.Qualification).HasMaxLength(300);
    }
}
