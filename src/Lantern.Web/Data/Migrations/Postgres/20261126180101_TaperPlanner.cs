using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaperPlanner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Medications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Drug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DailyDoseMg = table.Column<decimal>(type: "numeric", nullable: false),
                    Formulation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CompoundedStrengthMg = table.Column<decimal>(type: "numeric", nullable: true),
                    TakingSince = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Medications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Medications_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaperPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    MedicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Drug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Method = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CurrentDoseMg = table.Column<decimal>(type: "numeric", nullable: false),
                    StepPercent = table.Column<decimal>(type: "numeric", nullable: true),
                    IntervalDays = table.Column<int>(type: "integer", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FinalDoseMg = table.Column<decimal>(type: "numeric", nullable: true),
                    Formulation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CompoundedStrengthMg = table.Column<decimal>(type: "numeric", nullable: true),
                    LiquidIncrementMl = table.Column<decimal>(type: "numeric", nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OccupancyParameterSet = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OccupancyDropPoints = table.Column<decimal>(type: "numeric", nullable: true),
                    EquivalenceTable = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaperPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaperPlans_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaperPlans_Medications_MedicationId",
                        column: x => x.MedicationId,
                        principalTable: "Medications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TaperJournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Ratings = table.Column<int[]>(type: "integer[]", nullable: false),
                    SymptomsTolerable = table.Column<bool>(type: "boolean", nullable: true),
                    Mood = table.Column<int>(type: "integer", nullable: false),
                    ThoughtsOfSuicideOrSelfHarm = table.Column<bool>(type: "boolean", nullable: false),
                    UnableToManageDailyLife = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaperJournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaperJournalEntries_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaperJournalEntries_TaperPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TaperPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaperPlanEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DoseTakenMg = table.Column<decimal>(type: "numeric", nullable: true),
                    StepPercent = table.Column<decimal>(type: "numeric", nullable: true),
                    OccupancyDropPoints = table.Column<decimal>(type: "numeric", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaperPlanEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaperPlanEvents_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaperPlanEvents_TaperPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TaperPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaperJournalNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaperJournalNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaperJournalNotes_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaperJournalNotes_TaperJournalEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "TaperJournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Medications_PatientId",
                table: "Medications",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_TaperJournalEntries_PatientId",
                table: "TaperJournalEntries",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_TaperJournalEntries_PlanId_Date",
                table: "TaperJournalEntries",
                columns: new[] { "PlanId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaperJournalNotes_EntryId",
                table: "TaperJournalNotes",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaperJournalNotes_PatientId",
                table: "TaperJournalNotes",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_TaperPlanEvents_PatientId",
                table: "TaperPlanEvents",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_TaperPlanEvents_PlanId_Sequence",
                table: "TaperPlanEvents",
                columns: new[] { "PlanId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaperPlans_MedicationId",
                table: "TaperPlans",
                column: "MedicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TaperPlans_PatientId",
                table: "TaperPlans",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaperJournalNotes");

            migrationBuilder.DropTable(
                name: "TaperPlanEvents");

            migrationBuilder.DropTable(
                name: "TaperJournalEntries");

            migrationBuilder.DropTable(
                name: "TaperPlans");

            migrationBuilder.DropTable(
                name: "Medications");
        }
    }
}
