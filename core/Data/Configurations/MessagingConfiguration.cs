using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(m => m.Key).HasMaxLength(200);
        b.HasIndex(m => m.Key).IsUnique();
        b.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        b.Property(m => m.ClaimedBy).HasMaxLength(100);
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.CodeHash).HasMaxLength(64);
        b.HasIndex(i => i.CodeHash).IsUnique();
        b.Property(i => i.UsedByExternalUserId).HasMaxLength(64);
        b.HasIndex(i => i.TeacherId);
        // Two chats redeeming one code at once: the second save fails instead of linking twice.
        b.Property(i => i.UsedAt).IsConcurrencyToken();
    }
}

internal sealed class ChatAccountConfiguration : IEntityTypeConfiguration<ChatAccount>
{
    public void Configure(EntityTypeBuilder<ChatAccount> b)
    {
        b.Property(a => a.Channel).HasMaxLength(20);
        b.Property(a => a.ExternalUserId).HasMaxLength(64);
        b.Property(a => a.ChatId).HasMaxLength(64);
        b.Property(a => a.DisplayName).HasMaxLength(200);
        b.Property(a => a.Language).HasMaxLength(5);
        b.HasIndex(a => new { a.Channel, a.ExternalUserId }).IsUnique();
        b.HasIndex(a => a.TeacherId);
        b.HasIndex(a => a.StaffMemberId);
        b.Ignore(a => a.IsReachable);
    }
}

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> b)
    {
        b.Property(c => c.Channel).HasMaxLength(20);
        b.Property(c => c.ChatId).HasMaxLength(64);
        b.Property(c => c.Flow).HasMaxLength(50);
        b.Property(c => c.Step).HasMaxLength(50);
        b.Property(c => c.ActiveMessageId).HasMaxLength(64);
        b.Property(c => c.Nonce).IsConcurrencyToken();
        b.HasIndex(c => new { c.Channel, c.ChatId }).IsUnique();
    }
}

internal sealed class InboxEventConfiguration : IEntityTypeConfiguration<InboxEvent>
{
    public void Configure(EntityTypeBuilder<InboxEvent> b)
    {
        b.ToTable("Inbox");
        b.Property(e => e.Channel).HasMaxLength(20);
        b.Property(e => e.ExternalId).HasMaxLength(InboxEvent.MaxIdLength);
        b.Property(e => e.ChatKey).HasMaxLength(InboxEvent.MaxIdLength);
        b.Property(e => e.HandledAt).IsConcurrencyToken();
        b.HasIndex(e => new { e.Channel, e.ExternalId }).IsUnique();
        // Replay after a restart looks for a channel's unhandled events; pruning goes by age.
        b.HasIndex(e => new { e.Channel, e.HandledAt });
        b.HasIndex(e => e.ReceivedAt);
    }
}
