using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareTeamAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NotificationClaimedAt",
                table: "Alerts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotificationClaimedBy",
                table: "Alerts",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NotifiedAt",
                table: "Alerts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_NotifiedAt",
                table: "Alerts",
                column: "NotifiedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Alerts_NotifiedAt",
                table: "Alerts");

            migrationBuilder.DropColumn(
                name: "NotificationClaimedAt",
                table: "Alerts");

            migrationBuilder.DropColumn(
                name: "NotificationClaimedBy",
                table: "Alerts");

            migrationBuilder.DropColumn(
                name: "NotifiedAt",
                table: "Alerts");
        }
    }
}
