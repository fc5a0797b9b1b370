using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioBot.Core.Data.Migrations
{
    /// <summary>
    /// A second trigram index holding only the entries waiting for review (Status = Submitted), which is what the
    /// review queue searches by default: a word common across the whole portfolio (one entry in 15 of a million)
    /// made the full index hand SQLite every match in every school for each command (~100 ms p95, issue 6), while
    /// the queue holds a fraction of them. Contentless with row deletes: triggers put a row in when it becomes
    /// waiting and take it out when it stops being, with its words as they are then.
    /// </summary>
    public partial class WaitingSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "WaitingSearch" USING fts5(
                    "SearchKey", content='', contentless_delete=1, tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Entries_WaitingInsert" AFTER INSERT ON "Entries" WHEN new."Status" = 1 BEGIN
                    INSERT INTO "WaitingSearch"(rowid, "SearchKey") VALUES (new."Id", new."SearchKey");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Entries_WaitingUpdate" AFTER UPDATE OF "Status", "SearchKey" ON "Entries"
                WHEN old."Status" = 1 OR new."Status" = 1 BEGIN
                    DELETE FROM "WaitingSearch" WHERE rowid = old."Id";
                    INSERT INTO "WaitingSearch"(rowid, "SearchKey") SELECT new."Id", new."SearchKey" WHERE new."Status" = 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Entries_WaitingDelete" AFTER DELETE ON "Entries" WHEN old."Status" = 1 BEGIN
                    DELETE FROM "WaitingSearch" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "WaitingSearch"(rowid, "SearchKey") SELECT "Id", "SearchKey" FROM "Entries" WHERE "Status" = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Entries_WaitingDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Entries_WaitingUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Entries_WaitingInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "WaitingSearch";""");
        }
    }
}
