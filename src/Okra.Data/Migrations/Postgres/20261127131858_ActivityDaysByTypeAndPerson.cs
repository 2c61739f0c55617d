using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Okra.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActivityDaysByTypeAndPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ActivityDays_Type_OwnerPersonId_Date_Count",
                table: "ActivityDays",
                columns: new[] { "Type", "OwnerPersonId", "Date", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActivityDays_Type_OwnerPersonId_Date_Count",
                table: "ActivityDays");
        }
    }
}
