using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SessionIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IdempotencyKey",
                table: "SessionVitals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IdempotencyKey",
                table: "SessionChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionVitals_SessionId_IdempotencyKey",
                table: "SessionVitals",
                columns: new[] { "SessionId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionChecks_SessionId_IdempotencyKey",
                table: "SessionChecks",
                columns: new[] { "SessionId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SessionVitals_SessionId_IdempotencyKey",
                table: "SessionVitals");

            migrationBuilder.DropIndex(
                name: "IX_SessionChecks_SessionId_IdempotencyKey",
                table: "SessionChecks");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "SessionVitals");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "SessionChecks");
        }
    }
}
