using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Data.Configurations;

internal sealed class EntryConfiguration : IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Entry> b)
    {
        // Triggers keep the EntrySearch full-text table in step with SearchKey (migration EntrySearchIndex);
        // SQLite refuses RETURNING on a table whose AFTER triggers write a virtual table.
        b.ToTable(tb => tb.UseSqlReturningClause(false));
        b.Ignore(e => e.Kind);
        b.Ignore(e => e.Section);
        b.Ignore(e => e.Details);
        b.Property(e => e.KindCode).HasMaxLength(64);
        b.Property(e => e.Title).HasMaxLength(EntryDetails.MaxTitleLength);
        b.Property(e => e.Description).HasMaxLength(EntryDetails.MaxDescriptionLength);
        b.Property(e => e.Issuer).HasMaxLength(EntryDetails.MaxShortTextLength);
        b.Property(e => e.Link).HasMaxLength(EntryDetails.MaxShortTextLength);
        b.Property(e => e.PupilNames).HasMaxLength(EntryDetails.MaxPupilNamesLength);
        b.Property(e => e.ReviewedByName).HasMaxLength(200);
        b.Property(e => e.ReviewComment).HasMaxLength(Entry.MaxCommentLength);
        b.Property(e => e.Revision).IsConcurrencyToken();
        b.HasOne<Teacher>().WithMany().HasForeignKey(e => e.TeacherId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.PreviousVersion).WithMany().HasForeignKey(e => e.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Evidence).WithOne().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
        // Always loaded: StartNewVersion copies the files, AttachEvidence counts them and RemoveEvidence finds
        // them; an entry loaded without them would silently start a version with no evidence.
        b.Navigation(e => e.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        // The review queue: a school's submitted entries, oldest first.
        b.HasIndex(e => new { e.SchoolId, e.Status, e.SubmittedAt });
        // A teacher's portfolio by section and kind.
        b.HasIndex(e => new { e.TeacherId, e.IsCurrent, e.KindCode });
        // The review queue of a reviewer with many schools: walked in the queue's order (starred first, oldest
        // submission first), so the first page is read without sorting every waiting entry (benchmarks, issue 6).
        b.HasIndex(e => new { e.Status, e.IsStarred, e.SubmittedAt, e.Id }).IsDescending(false, true, false, false);
        // Counting the queue from the index alone, without reading every entry row.
        b.HasIndex(e => new { e.Status, e.SchoolId, e.IsCurrent, e.IsDeleted });
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.Property(f => f.OriginalName).HasMaxLength(EvidenceFile.MaxNameLength);
        b.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Extension).HasMaxLength(10);
        b.Property(f => f.Source).HasMaxLength(200);
        b.HasIndex(f => f.Sha256);
    }
}
