using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioBot.Core.Data.Migrations
{
    /// <summary>The database itself refuses to change or remove audit records.</summary>
    public partial class AuditAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TRIGGER AuditRecords_NoUpdate BEFORE UPDATE ON AuditRecords BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditRecords_NoDelete BEFORE DELETE ON AuditRecords BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditRecords_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditRecords_NoDelete;");
        }
    }
}
