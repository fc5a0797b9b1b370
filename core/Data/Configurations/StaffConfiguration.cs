using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Core.Data.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.Property(s => s.DisplayName).HasMaxLength(200);
        b.Property(s => s.UserId).HasMaxLength(64);
        b.HasIndex(s => s.UserId).IsUnique();
        b.HasMany(s => s.Schools).WithOne().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Schools).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(s => s.SchoolIds);
    }
}

internal sealed class StaffSchoolConfiguration : IEntityTypeConfiguration<StaffSchool>
{
    public void Configure(EntityTypeBuilder<StaffSchool> b)
    {
        b.HasKey(s => new { s.StaffMemberId, s.SchoolId });
        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
