using System.Globalization;
using Lantern.Web.Features.Journey;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.CheckIns;

/// <param name="From">First local day, YYYY-MM-DD; 29 days before <paramref name="To"/> when left out.</param>
/// <param name="To">Last local day, YYYY-MM-DD; the patient's today when left out.</param>
/// <param name="PatientId">Whose check-ins; the caller's own when empty. Someone else's needs a live Mood grant and is audited.</param>
public sealed record ListCheckInsRequest(string? From, string? To, Guid? PatientId);

/// <summary>Check-ins in a date range, oldest first. At most a year and a day per request, to keep answers bounded.</summary>
public sealed class ListCheckInsHandler(LanternDbContext db, HealthDataAccess access, PatientProfiles profiles, TimeProvider time)
{
    public const int MaxDays = 366;

    public async Task<IReadOnlyList<CheckInResponse>> HandleAsync(ListCheckInsRequest request, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var patientId = request.PatientId ?? me.UserId;
        var records = await access.ForPatientAsync(db.Set<CheckIn>().AsNoTracking(), patientId, AccessScope.Mood, ct);
        var profile = await profiles.GetAsync(patientId, ct);
        var today = profile.Today(time);

        var errors = new FieldErrors();
        var to = ParseDate(request.To, "to", errors) ?? today;
        var from = ParseDate(request.From, "from", errors) ?? to.AddDays(-29);
        if (!errors.Any && from > to)
        {
            errors.Add("from", "'from' must be on or before 'to'.");
        }
        else if (!errors.Any && to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors.Add("from", $"Ask for at most {MaxDays} days at a time.");
        }

        errors.ThrowIfAny();
        var rows = await records.Where(c => c.Day >= from && c.Day <= to).OrderBy(c => c.Day).ToListAsync(ct);
        var isOwner = patientId == me.UserId;
        var showNote = me.CanRead(patientId, AccessScope.Journal);
        return rows.Select(c => CheckInResponse.From(c, showNote, isOwner && CheckInResponse.IsEditable(c, today))).ToArray();
    }

    public static DateOnly? ParseDate(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Use a date like 2026-03-14 (YYYY-MM-DD).");
        return null;
    }
}
