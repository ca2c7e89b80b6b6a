namespace Lantern.Web.Features.Sessions;

/// <summary>
/// One session with its readings, checks and side effects, and the dosing-day timetable computed on the server from
/// the dose time and the clock. Free text (intention, closing note, journal, others' check notes) is included only for
/// the patient and journal grantees.
/// </summary>
public sealed class GetSessionHandler(SessionReader reader, TimeProvider time)
{
    public async Task<SessionResponse> HandleAsync(Guid id, CancellationToken ct) =>
        SessionView.ToResponse(await reader.ReadAsync(id, ct), time.GetUtcNow());

    /// <summary>The journal alone: it needs the journal scope as well as the sessions scope; without it, the same 404 as a missing session.</summary>
    public async Task<JournalResponse> JournalAsync(Guid id, CancellationToken ct)
    {
        var bundle = await reader.ReadAsync(id, ct);
        return bundle.FreeTextShared ? JournalResponse.From(bundle.Journal) : throw new RecordNotFoundException();
    }
}
