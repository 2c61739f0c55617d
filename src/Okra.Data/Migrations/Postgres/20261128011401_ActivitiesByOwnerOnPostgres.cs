using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Okra.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActivitiesByOwnerOnPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_OwnerPersonId_Date",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_OwnerPersonId",
                table: "Activities",
                column: "OwnerPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_OwnerPersonId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_OwnerPersonId_Date",
                table: "Activities",
                columns: new[] { "OwnerPersonId", "Date" });
        }
    }
}
