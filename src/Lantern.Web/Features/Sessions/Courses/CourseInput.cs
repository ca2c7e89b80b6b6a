using Lantern.Clinical.Ketamine;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>One planned session as typed: a date (yyyy-mm-dd) and an optional time (hh:mm, the patient's own clock).</summary>
public sealed record PlannedSessionInput(string? Date, string? Time);

/// <summary>The checks every course form shares: route, provider, the prescriber's dose, and planned dates.</summary>
public static class CourseInput
{
    public static string? Route(string? code, FieldErrors errors)
    {
        if (KetamineRoutes.FromCode(code) is { } route)
        {
            return route.ToCode();
        }

        errors.Add("route", string.IsNullOrWhiteSpace(code)
            ? "Choose how the ketamine is given."
            : "Unknown route. Use one of: " + string.Join(", ", KetamineRoutes.Codes) + ".");
        return null;
    }

    public static string? Required(string? text, int max, string field, string missing, FieldErrors errors)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(field, missing);
            return null;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"Keep this to {max} characters.");
            return null;
        }

        return value;
    }

    public static string? Optional(string? text, int max, string field, FieldErrors errors)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"Keep this to {max} characters.");
            return null;
        }

        return value;
    }

    /// <summary>A phone number a person can dial: at least three digits, only digits, spaces and + ( ) - . characters.</summary>
    public static string? Phone(string? text, string field, bool required, FieldErrors errors)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                errors.Add(field, "Give a phone number, so it is one tap away on the day.");
            }

            return null;
        }

        if (value.Length > SessionLimits.PhoneMaxLength || value.Count(char.IsAsciiDigit) < 3
            || value.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '(' or ')' or '-' or '.')))
        {
            errors.Add(field, "Give a phone number with digits, for example 312 555 0100.");
            return null;
        }

        return value;
    }

    /// <summary>A planned date within <see cref="SessionLimits.PlannedDaysFromToday"/> of today, and a time (10:00 when blank).</summary>
    public static (DateOnly Date, TimeOnly Time)? Planned(string? date, string? time, string dateField, string timeField, DateOnly today, FieldErrors errors)
    {
        var ok = true;
        if (!LocalTime.TryParseIso(date, out var day))
        {
            errors.Add(dateField, string.IsNullOrWhiteSpace(date) ? "Give the date." : "Give the date as year-month-day, for example 2026-12-01.");
            ok = false;
        }
        else if (Math.Abs(day.DayNumber - today.DayNumber) > SessionLimits.PlannedDaysFromToday)
        {
            errors.Add(dateField, "Give a date within two years of today.");
            ok = false;
        }

        var clock = SessionLimits.DefaultTime;
        if (!string.IsNullOrWhiteSpace(time) && !SessionTimes.TryParseTime(time, out clock))
        {
            errors.Add(timeField, "Give the time as hours and minutes, for example 10:00.");
            ok = false;
        }

        return ok ? (day, clock) : null;
    }
}
