using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Data.Configurations;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> b)
    {
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Description).HasMaxLength(2000);
        b.HasOne<School>().WithMany().HasForeignKey(d => d.SchoolId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Teachers).WithOne().HasForeignKey(t => t.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Teachers).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(d => new { d.SchoolId, d.DueOn });
    }
}

internal sealed class DeadlineTeacherConfiguration : IEntityTypeConfiguration<DeadlineTeacher>
{
    public void Configure(EntityTypeBuilder<DeadlineTeacher> b) => b.HasKey(t => new { t.DeadlineId, t.TeacherId });
}

internal sealed class ReminderLogConfiguration : IEntityTypeConfiguration<ReminderLog>
{
    public void Configure(EntityTypeBuilder<ReminderLog> b)
    {
        b.ToTable("ReminderLog");
        b.Property(r => r.SlotKey).HasMaxLength(200);
        b.HasIndex(r => r.SlotKey).IsUnique();
    }
}

internal sealed class PersonalReminderConfiguration : IEntityTypeConfiguration<PersonalReminder>
{
    public void Configure(EntityTypeBuilder<PersonalReminder> b)
    {
        b.HasOne<Entry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.FiredAt, r.DueAt });
    }
}

internal sealed class KindSettingConfiguration : IEntityTypeConfiguration<KindSetting>
{
    public void Configure(EntityTypeBuilder<KindSetting> b)
    {
        b.HasKey(k => new { k.SchoolId, k.KindCode });
        b.Property(k => k.KindCode).HasMaxLength(64);
        b.HasOne<School>().WithMany().HasForeignKey(k => k.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
