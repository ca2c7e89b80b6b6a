using Lantern.Clinical.Ketamine;
using Lantern.Web.Features.Sessions.Courses;
using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions.Prepare;

/// <summary>Either a Lantern caregiver who shares in the patient's sessions, or a name and number.</summary>
public sealed record SupportPersonInput(Guid? CaregiverId, string? Name, string? Phone);

/// <summary>The plan of a session and its preparation. Every field is optional: null leaves it as it is.</summary>
public sealed record PlanSessionRequest(
    string? PlannedDate = null,
    string? PlannedTime = null,
    SupportPersonInput? SupportPerson = null,
    bool? ClearSupportPerson = null,
    IReadOnlyList<string>? ChecklistDone = null,
    string? Benzodiazepine = null,
    [MultiLine] string? Intention = null);

/// <summary>A checked <see cref="PlanSessionRequest"/>, ready to apply.</summary>
internal sealed record SessionPlan(
    PlanSessionRequest Request,
    (DateOnly Date, TimeOnly Time)? Planned,
    (Guid? UserId, string? Name, string? Phone)? Support,
    List<string>? Ticked,
    string? Intention);

/// <summary>
/// Plans a session and prepares for it: moves its date and time (not once it has started), sets or clears the support
/// person, ticks the course's checklist, answers the benzodiazepine question and keeps an intention.
/// </summary>
public sealed class PlanSessionHandler(
    LanternDbContext db,
    SessionReader reader,
    HealthDataAccess access,
    TimeProvider time,
    ILogger<PlanSessionHandler> logger)
{
    public async Task<SessionSaved> HandleAsync(Guid id, PlanSessionRequest request, CancellationToken ct)
    {
        var bundle = await reader.ReadOwnedAsync(id, ct);
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        var plan = await CheckAsync(bundle, request, errors, ct);
        errors.ThrowIfAny();
        Apply(bundle.Session, plan);
        SessionsLog.PreparationSaved(logger, bundle.Session.Id);
        return await SessionChanges.SaveAsync(db, bundle, now, null, ct);
    }

    /// <summary>Checks every field of <paramref name="request"/> into <paramref name="errors"/>; changes nothing.</summary>
    internal async Task<SessionPlan> CheckAsync(SessionBundle bundle, PlanSessionRequest request, FieldErrors errors, CancellationToken ct)
    {
        var session = bundle.Session;
        (DateOnly Date, TimeOnly Time)? planned = null;
        if (request.PlannedDate is not null || request.PlannedTime is not null)
        {
            if (session.State is SessionState.Started or SessionState.Finished)
            {
                errors.Add("plannedDate", "A session that has started can't be moved.");
            }
            else
            {
                planned = CourseInput.Planned(request.PlannedDate ?? LocalTime.Iso(session.PlannedDate),
                    request.PlannedTime ?? SessionTimes.Time(session.PlannedTime), "plannedDate", "plannedTime", bundle.Profile.Today, errors);
            }
        }

        var support = request.SupportPerson is { } person ? await SupportAsync(person, request.ClearSupportPerson == true, errors, ct) : null;
        var ticked = request.ChecklistDone is { } done ? Ticks(done, bundle, errors) : null;
        if (request.Benzodiazepine is { Length: > 0 } benzo && !SessionCodes.BenzodiazepineAnswers.Contains(benzo))
        {
            errors.Add("benzodiazepine", "Answer yes, no or not-sure.");
        }

        var intention = CourseInput.Optional(request.Intention, SessionLimits.ShortTextMaxLength, "intention", errors);
        return new SessionPlan(request, planned, support, ticked, intention);
    }

    /// <summary>Applies a plan that <see cref="CheckAsync"/> found no fault with.</summary>
    internal static void Apply(DosingSession session, SessionPlan plan)
    {
        var request = plan.Request;
        if (plan.Planned is { } p)
        {
            (session.PlannedDate, session.PlannedTime) = (p.Date, p.Time);
        }

        if (request.ClearSupportPerson == true)
        {
            session.SupportUserId = null;
            session.SupportName = null;
            session.SupportPhone = null;
        }
        else if (plan.Support is { } s)
        {
            (session.SupportUserId, session.SupportName, session.SupportPhone) = s;
        }

        if (plan.Ticked is not null)
        {
            session.ChecklistDone = SessionCodes.Join(plan.Ticked);
        }

        if (request.Benzodiazepine is not null)
        {
            session.Benzodiazepine = request.Benzodiazepine.Length == 0 ? null : request.Benzodiazepine;
        }

        if (request.Intention is not null)
        {
            session.Intention = plan.Intention;
        }
    }

    /// <summary>
    /// The support person to keep. A name or phone that cannot be kept beside the other choices (no one named yet, or a
    /// Lantern caregiver chosen) is refused with the reason, never dropped: the person typed it for a reason.
    /// </summary>
    private async Task<(Guid?, string?, string?)?> SupportAsync(SupportPersonInput input, bool clearing, FieldErrors errors, CancellationToken ct)
    {
        var typedName = !string.IsNullOrWhiteSpace(input.Name);
        var typedPhone = !string.IsNullOrWhiteSpace(input.Phone);
        if (clearing || input.CaregiverId is not null)
        {
            var choice = clearing ? "\"Not named yet\"" : "a Lantern caregiver";
            if (typedName)
            {
                errors.Add("supportPerson.name",
                    $"You chose {choice}, so this name was not saved. To keep it, choose \"Someone else\"; otherwise clear the name.");
            }

            if (typedPhone)
            {
                errors.Add("supportPerson.phone",
                    $"You chose {choice}, so this phone number was not saved. To keep it, choose \"Someone else\"; otherwise clear the number.");
            }

            if (clearing && input.CaregiverId is not null)
            {
                errors.Add("supportPerson.caregiverId", "You asked to clear the support person and also chose a caregiver: choose one.");
            }

            if (clearing || typedName || typedPhone)
            {
                return null;
            }
        }

        if (input.CaregiverId is { } caregiverId)
        {
            var me = await access.GetContextAsync(ct);
            var person = (await ListSupportPeopleHandler.QueryAsync(db, me.UserId, time.GetUtcNow(), ct)).FirstOrDefault(p => p.UserId == caregiverId);
            if (person is null)
            {
                errors.Add("supportPerson.caregiverId", "Choose someone you share your sessions with (they need two-step sign-in on).");
                return null;
            }

            return (person.UserId, person.Name, null);
        }

        var name = CourseInput.Required(input.Name, SessionLimits.NameMaxLength, "supportPerson.name", "Give your support person's name.", errors);
        var phone = CourseInput.Phone(input.Phone, "supportPerson.phone", required: false, errors);
        return name is null ? null : (null, name, phone);
    }

    private static List<string>? Ticks(IReadOnlyList<string> codes, SessionBundle bundle, FieldErrors errors)
    {
        var tickable = CourseChecklist.Read(bundle.Course.ChecklistJson)
            .Where(i => SessionChecklist.KindOf(i.Code) == ChecklistItemKind.Tick)
            .Select(i => i.Code)
            .ToHashSet(StringComparer.Ordinal);
        var ticked = new List<string>();
        for (var i = 0; i < codes.Count; i++)
        {
            if (!tickable.Contains(codes[i]))
            {
                errors.Add($"checklistDone[{i}]", "Not an item of this course's checklist that can be ticked.");
            }
            else if (!ticked.Contains(codes[i]))
            {
                ticked.Add(codes[i]);
            }
        }

        return ticked;
    }
}
