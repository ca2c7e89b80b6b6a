using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Vitals;

namespace Lantern.Web.Features.Sessions.Prepare;

/// <summary>
/// Whether "start session" may go ahead, decided from the latest pre-dose reading under the course's thresholds
/// (Lantern.Clinical's BloodPressure.AssessForDosingDay). No reading, a stale one, or one in the "check with provider"
/// or urgent band blocks the start; the message names the provider and their number.
/// </summary>
public static class SessionStartGate
{
    public static StartGateResponse Evaluate(SessionBundle bundle, DateTimeOffset now)
    {
        var provider = ProviderResponse.From(bundle.Course);
        if (bundle.Session.State != SessionState.Planned)
        {
            return new(false, "not-planned", "This session has already started or is closed.", null, provider);
        }

        var latest = bundle.Vitals.LastOrDefault(v => v.Timing == VitalTiming.Before);
        if (latest is null)
        {
            return new(false, "no-reading",
                "Measure your blood pressure and record it here before you start. The dose waits until there is a reading.", null, provider);
        }

        var reading = VitalResponse.From(latest);
        if (now - latest.TakenAt > TimeSpan.FromMinutes(SessionMonitoring.PreDoseReadingMaxAgeMinutes))
        {
            return new(false, "stale-reading",
                $"Your last reading was taken more than {SessionMonitoring.PreDoseReadingMaxAgeMinutes} minutes ago. Measure again and record it before you start.",
                reading, provider);
        }

        // Assessed again under today's thresholds: a clinician may have tightened them since the reading was saved.
        var assessment = BloodPressure.AssessForDosingDay(latest.Systolic, latest.Diastolic, bundle.Course.Thresholds);
        return assessment.Advice switch
        {
            DosingDayAdvice.UrgentSeekCareNow => new(false, "urgent",
                $"Your reading of {latest.Systolic}/{latest.Diastolic} is very high. Don't take a dose today. {assessment.Flag!.WhatToDo} "
                    + $"Your provider: {provider.Name}, {provider.Phone}.",
                reading, provider),
            DosingDayAdvice.CheckWithProviderBeforeDosing => new(false, "check-with-provider",
                $"Your reading of {latest.Systolic}/{latest.Diastolic} is in the range where you should check with your provider before dosing. "
                    + $"Please call {provider.Name} on {provider.Phone} before you take today's dose. Lantern won't start the session from this reading. "
                    + "If your provider says a different level is right for you, it can be entered with their name on the course's edit page.",
                reading, provider),
            DosingDayAdvice.NoConcernFromThisReading => new(true, "ready", "Your reading is below the level set for checking before a dose.", reading, provider),
        };
    }
}
