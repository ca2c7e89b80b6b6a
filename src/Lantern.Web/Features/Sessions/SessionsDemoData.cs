using Lantern.Clinical.Vitals;
using Lantern.Web.Features.Sessions.Courses;
using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// Development-only demo course for the demo patient: weekly at-home sessions, five already done (readings before, at
/// 40 minutes and after, two 15-minute checks, side effects, a couple of journal entries) and one next week, so the
/// course, look-back chart and prepare pages have something to show. Invented figures for showing the app.
/// </summary>
public sealed class SessionsDemoData(LanternDbContext db, TimeProvider time) : IDemoData
{
    // Before / 40 min / after, mmHg: the usual rise at 40 minutes, settling by the end.
    private static readonly (int Sys, int Dia)[][] Readings =
    [
        [(124, 80), (146, 92), (128, 82)],
        [(120, 78), (141, 88), (124, 80)],
        [(126, 82), (152, 94), (130, 84)],
        [(118, 76), (136, 86), (122, 78)],
        [(122, 78), (139, 87), (125, 80)],
    ];

    private static readonly int[] Dissociation = [7, 6, 6, 5, 4];

    public int Order => 50;

    public Task SeedAsync(DemoAccounts accounts, CancellationToken ct) => SeedAsync(db, accounts.Patient.Id, accounts.Patient.TimeZone, time, ct);

    public static async Task SeedAsync(LanternDbContext db, Guid patientId, string timeZone, TimeProvider time, CancellationToken ct)
    {
        if (await db.Set<KetamineCourse>().AnyAsync(c => c.PatientId == patientId, ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = LocalTime.DateOf(now, timeZone);
        var at = new TimeOnly(10, 0);
        var course = new KetamineCourse
        {
            PatientId = patientId,
            Route = "at-home-lozenges",
            ProviderName = "Riverside Ketamine Clinic (demo)",
            ProviderPhone = "(312) 555-0100",
            ProviderContact = "care@riverside.example",
            PrescribedDose = "As written on the demo prescription",
            PresetCode = "at-home-weekly",
            CreatedAt = now.AddDays(-40),
            UpdatedAt = now.AddDays(-40),
        };
        db.Add(course);

        for (var n = 0; n < Readings.Length; n++)
        {
            var day = today.AddDays(-7 * (Readings.Length - n));
            var dosedAt = LocalTime.At(day, at, timeZone);
            var session = new DosingSession
            {
                PatientId = patientId,
                CourseId = course.Id,
                PlannedDate = day,
                PlannedTime = at,
                State = SessionState.Finished,
                ChecklistDone = SessionCodes.Join(CourseChecklist.Defaults.Select(i => i.Code)),
                Benzodiazepine = "no",
                Intention = n == 0 ? "Stay curious, and let whatever comes, come." : null,
                SupportName = "Jordan",
                SupportPhone = "(312) 555-0142",
                StartedAt = dosedAt,
                DosedAt = dosedAt,
                FinishedAt = dosedAt.AddMinutes(130),
                ClosingFeeling = n == 2 ? "mixed" : "okay",
                CreatedAt = now.AddDays(-40),
                UpdatedAt = dosedAt.AddMinutes(130),
            };
            db.Add(session);

            AddVital(db, session, VitalTiming.Before, Readings[n][0], dosedAt.AddMinutes(-10), null, course.Thresholds);
            AddVital(db, session, VitalTiming.FortyMinutes, Readings[n][1], dosedAt.AddMinutes(40), 40, course.Thresholds);
            AddVital(db, session, VitalTiming.After, Readings[n][2], dosedAt.AddMinutes(125), 125, course.Thresholds);
            foreach (var minute in new[] { 15, 30 })
            {
                db.Add(new SupportCheck
                {
                    PatientId = patientId,
                    SessionId = session.Id,
                    CheckedAt = dosedAt.AddMinutes(minute),
                    MinutesAfterDose = minute,
                    Responsiveness = minute == 15 ? "awake" : "drowsy",
                    Calmness = n == 2 && minute == 30 ? "uneasy" : "calm",
                    RecordedBy = patientId,
                });
            }

            db.Add(new SideEffectReport
            {
                PatientId = patientId,
                SessionId = session.Id,
                Nausea = n < 2 ? 1 : 0,
                Sedation = 1,
                Dissociation = Dissociation[n],
                RecordedAt = dosedAt.AddMinutes(180),
                UpdatedAt = dosedAt.AddMinutes(180),
            });

            if (n is 0 or 3)
            {
                db.Add(new IntegrationEntry
                {
                    PatientId = patientId,
                    SessionId = session.Id,
                    WhatCameUp = n == 0 ? "A long walk by the lake I used to take with my dad." : "Not much this time. Mostly quiet.",
                    InTheBody = n == 0 ? "Heavy arms, then warm." : null,
                    CarryForward = n == 0 ? "Call Dad this week." : "A quiet session is still a session.",
                    CreatedAt = dosedAt.AddMinutes(200),
                    UpdatedAt = dosedAt.AddMinutes(200),
                });
            }
        }

        db.Add(new DosingSession
        {
            PatientId = patientId,
            CourseId = course.Id,
            PlannedDate = today.AddDays(7),
            PlannedTime = at,
            State = SessionState.Planned,
            CreatedAt = now.AddDays(-40),
            UpdatedAt = now.AddDays(-40),
        });
        await db.SaveChangesAsync(ct);
    }

    private static void AddVital(LanternDbContext db, DosingSession session, VitalTiming timing, (int Sys, int Dia) reading, DateTimeOffset takenAt, int? minutes,
        BloodPressureThresholds thresholds)
    {
        // Category and advice come from the same clinical rule a real reading goes through, never typed in here.
        var assessment = BloodPressure.AssessForDosingDay(reading.Sys, reading.Dia, thresholds);
        db.Add(new SessionVital
        {
            PatientId = session.PatientId,
            SessionId = session.Id,
            Timing = timing,
            Systolic = reading.Sys,
            Diastolic = reading.Dia,
            Category = assessment.CategoryCode,
            Advice = assessment.AdviceCode,
            TakenAt = takenAt,
            MinutesAfterDose = minutes,
            RecordedBy = session.PatientId,
        });
    }
}
