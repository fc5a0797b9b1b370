using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioBot.Core.Data.Migrations
{
    /// <summary>
    /// Full-text search over entries without reading every row: an external-content FTS5 table over
    /// Entries.SearchKey with the trigram tokenizer (substring match, like the LIKE '%…%' it replaces for queries of
    /// 3 characters or more; see Search/EntrySearch.cs), kept in step by triggers, and filled for the rows already there.
    /// </summary>
    public partial class EntrySearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // External content: the text lives once, in Entries; the FTS table holds only the trigram index.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "EntrySearch" USING fts5(
                    "SearchKey", content='Entries', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Entries_SearchInsert" AFTER INSERT ON "Entries" BEGIN
                    INSERT INTO "EntrySearch"(rowid, "SearchKey") VALUES (new."Id", new."SearchKey");
                END;
                """);
            // An external-content index forgets a row by being told the old text.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Entries_SearchDelete" AFTER DELETE ON "Entries" BEGIN
                    INSERT INTO "EntrySearch"("EntrySearch", rowid, "SearchKey") VALUES ('delete', old."Id", old."SearchKey");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Entries_SearchUpdate" AFTER UPDATE OF "SearchKey" ON "Entries" BEGIN
                    INSERT INTO "EntrySearch"("EntrySearch", rowid, "SearchKey") VALUES ('delete', old."Id", old."SearchKey");
                    INSERT INTO "EntrySearch"(rowid, "SearchKey") VALUES (new."Id", new."SearchKey");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "EntrySearch"("EntrySearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Entries_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Entries_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Entries_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "EntrySearch";""");
        }
    }
}
