using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioBot.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class BenchSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Entries_Status_IsStarred_SubmittedAt_Id",
                table: "Entries",
                columns: new[] { "Status", "IsStarred", "SubmittedAt", "Id" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_Status_SchoolId_IsCurrent_IsDeleted",
                table: "Entries",
                columns: new[] { "Status", "SchoolId", "IsCurrent", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Entries_Status_IsStarred_SubmittedAt_Id",
                table: "Entries");

            migrationBuilder.DropIndex(
                name: "IX_Entries_Status_SchoolId_IsCurrent_IsDeleted",
                table: "Entries");
        }
    }
}
