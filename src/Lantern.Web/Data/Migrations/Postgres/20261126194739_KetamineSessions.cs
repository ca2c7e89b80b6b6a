using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KetamineSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KetamineCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Route = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProviderName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ProviderPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProviderContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PrescribedDose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PresetCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ChecklistJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CheckSystolicAtOrAbove = table.Column<int>(type: "integer", nullable: true),
                    CheckDiastolicAtOrAbove = table.Column<int>(type: "integer", nullable: true),
                    UrgentSystolicAbove = table.Column<int>(type: "integer", nullable: true),
                    UrgentDiastolicAbove = table.Column<int>(type: "integer", nullable: true),
                    ThresholdsSetBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KetamineCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KetamineCourses_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DosingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlannedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    IsBooster = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ChecklistDone = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Benzodiazepine = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Intention = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SupportUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupportName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    SupportPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedEarly = table.Column<bool>(type: "boolean", nullable: false),
                    ClosingFeeling = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DosingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DosingSessions_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DosingSessions_AspNetUsers_SupportUserId",
                        column: x => x.SupportUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DosingSessions_KetamineCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "KetamineCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    WhatCameUp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InTheBody = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CarryForward = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ForTherapist = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntegrationEntries_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntegrationEntries_DosingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DosingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MinutesAfterDose = table.Column<int>(type: "integer", nullable: false),
                    Responsiveness = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Calmness = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BreathingConcern = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionChecks_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionChecks_DosingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DosingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionSideEffects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nausea = table.Column<int>(type: "integer", nullable: false),
                    Dizziness = table.Column<int>(type: "integer", nullable: false),
                    Headache = table.Column<int>(type: "integer", nullable: false),
                    Sedation = table.Column<int>(type: "integer", nullable: false),
                    Anxiety = table.Column<int>(type: "integer", nullable: false),
                    Dissociation = table.Column<int>(type: "integer", nullable: false),
                    UrinarySymptoms = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WarningSigns = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionSideEffects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionSideEffects_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionSideEffects_DosingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DosingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionVitals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Timing = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Systolic = table.Column<int>(type: "integer", nullable: false),
                    Diastolic = table.Column<int>(type: "integer", nullable: false),
                    Pulse = table.Column<int>(type: "integer", nullable: true),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Advice = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MinutesAfterDose = table.Column<int>(type: "integer", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionVitals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionVitals_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionVitals_DosingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DosingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DosingSessions_CourseId",
                table: "DosingSessions",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingSessions_PatientId_PlannedDate",
                table: "DosingSessions",
                columns: new[] { "PatientId", "PlannedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_DosingSessions_SupportUserId",
                table: "DosingSessions",
                column: "SupportUserId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationEntries_PatientId",
                table: "IntegrationEntries",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationEntries_SessionId",
                table: "IntegrationEntries",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KetamineCourses_PatientId",
                table: "KetamineCourses",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionChecks_PatientId",
                table: "SessionChecks",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionChecks_SessionId",
                table: "SessionChecks",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionSideEffects_PatientId",
                table: "SessionSideEffects",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionSideEffects_SessionId",
                table: "SessionSideEffects",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionVitals_PatientId_TakenAt",
                table: "SessionVitals",
                columns: new[] { "PatientId", "TakenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionVitals_SessionId",
                table: "SessionVitals",
                column: "SessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IntegrationEntries");

            migrationBuilder.DropTable(
                name: "SessionChecks");

            migrationBuilder.DropTable(
                name: "SessionSideEffects");

            migrationBuilder.DropTable(
                name: "SessionVitals");

            migrationBuilder.DropTable(
                name: "DosingSessions");

            migrationBuilder.DropTable(
                name: "KetamineCourses");
        }
    }
}
