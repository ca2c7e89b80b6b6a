using Lantern.Clinical;
using Lantern.Clinical.Opioids;
using Lantern.Web.Features.CheckIns;

namespace Lantern.Web.Features.Pain;

/// <param name="From">First local day, YYYY-MM-DD, from 1900-01-01 to 2199-12-31; 89 days before <paramref name="To"/> when left out.</param>
/// <param name="To">Last local day, YYYY-MM-DD, in the same window; the patient's today when left out.</param>
/// <param name="PatientId">Whose; the caller's own when empty. Someone else's needs a live taper grant (pain also needs mood) and is audited.</param>
public sealed record PainSummaryRequest(DateOnly? From, DateOnly? To, Guid? PatientId);

/// <summary>
/// MME per day from the opioid log next to pain per day from check-ins, both by the patient's local day. A check-in's
/// <c>Day</c> is already the patient's own date, so the two meet on the same calendar day whatever the server's zone.
/// </summary>
public sealed class GetPainSummaryHandler(LanternDbContext db, HealthDataAccess access, PeopleDirectory people)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 366;

    /// <summary>Said wherever doses are shown: Lantern records, the prescriber decides.</summary>
    public const string Guidance =
        "Changes to opioid doses are made with your prescriber. Please don't stop, cut down or add an opioid on your own, "
            + "and bring this page to your next visit if it helps the conversation.";

    public Task<PainSummaryResponse> HandleAsync(PainSummaryRequest request, CancellationToken ct) =>
        HandleAsync(request, DefaultDays, ct);

    /// <param name="defaultDays">How many days up to <c>to</c> when <c>from</c> is left out (the page's 30/90/365 choice).</param>
    public async Task<PainSummaryResponse> HandleAsync(PainSummaryRequest request, int defaultDays, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var patientId = request.PatientId ?? me.UserId;
        var doses = await access.ForPatientAsync(db.OpioidDoses().AsNoTracking(), patientId, AccessScope.Taper, ct);
        var today = (await people.GetAsync(patientId, ct)).Today;

        var to = request.To ?? today;
        var from = request.From ?? to.AddDays(-(Math.Clamp(defaultDays, 1, MaxDays) - 1));
        ListCheckInsHandler.CheckRange(from, to, MaxDays);
        var entries = await doses.Where(d => d.StartDate <= to && (d.EndDate == null || d.EndDate >= from)).ToListAsync(ct);

        // Pain lives in check-ins, read under their own scope; a grantee without it sees the doses only.
        var painShared = me.CanRead(patientId, AccessScope.Mood);
        var pain = new Dictionary<DateOnly, int>();
        if (painShared)
        {
            var checkIns = await access.ForPatientAsync(db.Set<CheckIn>().AsNoTracking(), patientId, AccessScope.Mood, ct);
            var rows = await checkIns.Where(c => c.Day >= from && c.Day <= to && c.Pain != null)
                .Select(c => new { c.Day, c.Pain })
                .ToListAsync(ct);
            pain = rows.ToDictionary(r => r.Day, r => r.Pain!.Value);
        }

        var mme = DailyMme.For(entries, from, to);
        var days = mme.Select(d => new PainDayResponse(d.Date, d.Total, pain.TryGetValue(d.Date, out var p) ? p : null, [.. d.Flags.Select(f => f.Code)]))
            .ToArray();
        var lines = ReferenceLines();
        return new PainSummaryResponse(
            from,
            to,
            today,
            days,
            [.. entries.OrderBy(e => e.StartDate).ThenBy(e => e.Opioid, StringComparer.Ordinal).Select(OpioidDoseResponse.FromEntry)],
            lines,
            painShared,
            MmeSummary(mme, lines),
            painShared ? PainSummary(days) : "Pain scores from check-ins are not shared with you.",
            Guidance,
            MorphineEquivalents.Caution,
            SourceResponse.From([Refs.Cdc2022Mme, Refs.Cdc2016MmeThresholds]));
    }

    /// <summary>The reference levels the clinical library flags, as lines to draw, each with its source's status.</summary>
    public static IReadOnlyList<MmeReferenceLineResponse> ReferenceLines() =>
        [.. MorphineEquivalents.FlagsFor(MorphineEquivalents.AvoidOrJustifyAtMme).Select(f => new MmeReferenceLineResponse(
            f.Code,
            f.ThresholdMme,
            $"≥{f.ThresholdMme} MME/day reference ({f.Status.ToShortWords()})",
            f.Text,
            f.Status.ToCode(),
            f.Status.ToLabel(),
            SourceResponse.From(f.Source)))];

    private static string MmeSummary(IReadOnlyList<DayMme> days, IReadOnlyList<MmeReferenceLineResponse> lines)
    {
        var logged = days.Where(d => d.Result is not null).ToArray();
        var period = $"{Date(days[0].Date)} to {Date(days[^1].Date)}";
        if (logged.Length == 0)
        {
            return $"No opioid doses logged from {period}.";
        }

        var text = $"From {period}, your log covers {Count(logged.Length, "day")}. "
            + $"MME per day ranged from {Number(days.Min(d => d.Total))} to {Number(days.Max(d => d.Total))}, "
            + $"and was {Number(days[^1].Total)} on {Date(days[^1].Date)}.";
        foreach (var line in lines)
        {
            var reached = days.Count(d => d.Total >= line.Mme);
            if (reached > 0)
            {
                text += $" At or above {line.Mme} on {Count(reached, "day")} (reference level {EvidenceStatusText.ShortWordsForCode(line.Status)}).";
            }
        }

        return text;
    }

    private static string PainSummary(PainDayResponse[] days)
    {
        var scored = days.Where(d => d.Pain is not null).ToArray();
        if (scored.Length == 0)
        {
            return $"No pain scores in check-ins from {Date(days[0].Date)} to {Date(days[^1].Date)}.";
        }

        var latest = scored[^1];
        if (scored.Length == 1)
        {
            return $"Pain was scored on 1 day, {Date(latest.Date)}: {latest.Pain} out of 10.";
        }

        var average = scored.Average(d => d.Pain!.Value).ToString("0.#", CultureInfo.InvariantCulture);
        return $"Pain was scored on {Count(scored.Length, "day")}, from {scored.Min(d => d.Pain)} to {scored.Max(d => d.Pain)} out of 10, "
            + $"{average} on average. The latest, on {Date(latest.Date)}, was {latest.Pain}.";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    public static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
