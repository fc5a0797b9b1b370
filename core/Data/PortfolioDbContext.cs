using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Data;

public partial class PortfolioDbContext(DbContextOptions<PortfolioDbContext> options) : DbContext(options)
{
    public DbSet<School> Schools => Set<School>();
    public DbSet<Teacher> Teachers => Set<Teacher>();
    public DbSet<EducationRecord> EducationRecords => Set<EducationRecord>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<StaffSchool> StaffSchools => Set<StaffSchool>();
    public DbSet<Entry> Entries => Set<Entry>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ChatAccount> ChatAccounts => Set<ChatAccount>();
    public DbSet<ConversationState> Conversations => Set<ConversationState>();
    public DbSet<InboxEvent> Inbox => Set<InboxEvent>();
    public DbSet<KindSetting> KindSettings => Set<KindSetting>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<DeadlineTeacher> DeadlineTeachers => Set<DeadlineTeacher>();
    public DbSet<ReminderLog> ReminderLog => Set<ReminderLog>();
    public DbSet<PersonalReminder> PersonalReminders => Set<PersonalReminder>();

    /// <summary>Entries as lists show them: not deleted, the current version only.</summary>
    public IQueryable<Entry> CurrentEntries => Entries.Where(e => !e.IsDeleted && e.IsCurrent);

    /// <summary>
    /// Entries as reports and deadlines count them: the latest confirmed or recorded version of each material.
    /// A confirmed entry whose new version is still a draft (or under review) still counts, until a newer
    /// version is itself confirmed; otherwise fixing a typo would make a confirmed result vanish from reports.
    /// </summary>
    public IQueryable<Entry> FinalEntries => Entries.Where(e => !e.IsDeleted
        && (e.Status == EntryStatus.Confirmed || e.Status == EntryStatus.Recorded)
        && !Entries.Any(n => n.PreviousVersionId == e.Id && !n.IsDeleted && (n.Status == EntryStatus.Confirmed || n.Status == EntryStatus.Recorded)));

    /// <summary>The chat accounts (any channel) of the teacher or staff member a notification is for.</summary>
    public IQueryable<ChatAccount> ChatAccountsOf(OutboxMessage message) =>
        message.TeacherId is { } teacherId
            ? ChatAccounts.Where(a => a.TeacherId == teacherId)
            : ChatAccounts.Where(a => a.StaffMemberId == message.StaffMemberId);

    /// <summary>Writes an audit record for a change that is not an entry's own transition (teachers, staff, settings).</summary>
    public void Audit(Actor actor, string entityType, int entityId, string action, DateTime utcNow, string? comment = null, int? schoolId = null) =>
        AuditRecords.Add(new AuditRecord(utcNow, actor, entityType, entityId, action, null, null, comment, schoolId));

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortfolioDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps no time zone: every DateTime we store is UTC, and comes back marked as such.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
