using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Vitals;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>Blood-pressure levels a clinician set for this person, with who set them.</summary>
public sealed record ThresholdsInput(int? CheckSystolicAtOrAbove, int? CheckDiastolicAtOrAbove, int? UrgentSystolicAbove, int? UrgentDiastolicAbove, string? SetBy);

/// <param name="Checklist">The whole checklist as it should be; null leaves it as it is.</param>
/// <param name="Thresholds">Levels set by a clinician; null leaves them as they are.</param>
/// <param name="ClearThresholds">True goes back to the ACC/AHA 2017 defaults.</param>
public sealed record UpdateCourseRequest(
    string? Route,
    string? ProviderName,
    string? ProviderPhone,
    string? ProviderContact,
    string? PrescribedDose,
    IReadOnlyList<ChecklistItemData>? Checklist,
    ThresholdsInput? Thresholds,
    bool? ClearThresholds);

/// <summary>
/// Changes a course's details, its checklist and the clinician's blood-pressure levels. A clinician may make the
/// urgent band stricter but never laxer than the hypertensive-crisis band (Lantern.Clinical refuses it).
/// </summary>
public sealed class UpdateCourseHandler(LanternDbContext db, GetCourseHandler courses, TimeProvider time, ILogger<UpdateCourseHandler> logger)
{
    public async Task<CourseResponse> HandleAsync(Guid id, UpdateCourseRequest request, CancellationToken ct)
    {
        var bundle = await courses.ReadOwnedAsync(id, ct);
        var course = bundle.Course;

        var errors = new FieldErrors();
        var route = CourseInput.Route(request.Route, errors);
        var providerName = CourseInput.Required(request.ProviderName, SessionLimits.NameMaxLength, "providerName", "Give the name of your provider or clinic.", errors);
        var providerPhone = CourseInput.Phone(request.ProviderPhone, "providerPhone", required: true, errors);
        var providerContact = CourseInput.Optional(request.ProviderContact, SessionLimits.ContactMaxLength, "providerContact", errors);
        var dose = CourseInput.Required(request.PrescribedDose, SessionLimits.DoseMaxLength, "prescribedDose",
            "Write the dose exactly as your prescriber wrote it.", errors);
        var checklist = request.Checklist is null ? null : Checklist(request.Checklist, errors);
        var thresholds = request.Thresholds is { } t && request.ClearThresholds != true ? Thresholds(t, errors) : null;
        errors.ThrowIfAny();

        course.Route = route!;
        course.ProviderName = providerName!;
        course.ProviderPhone = providerPhone!;
        course.ProviderContact = providerContact;
        course.PrescribedDose = dose!;
        if (checklist is not null)
        {
            course.ChecklistJson = CourseChecklist.Write(checklist);
        }

        if (request.ClearThresholds == true)
        {
            course.CheckSystolicAtOrAbove = null;
            course.CheckDiastolicAtOrAbove = null;
            course.UrgentSystolicAbove = null;
            course.UrgentDiastolicAbove = null;
            course.ThresholdsSetBy = null;
        }
        else if (thresholds is not null)
        {
            course.CheckSystolicAtOrAbove = thresholds.CheckSystolicAtOrAbove;
            course.CheckDiastolicAtOrAbove = thresholds.CheckDiastolicAtOrAbove;
            course.UrgentSystolicAbove = thresholds.UrgentSystolicAbove;
            course.UrgentDiastolicAbove = thresholds.UrgentDiastolicAbove;
            course.ThresholdsSetBy = thresholds.SetBy;
        }

        course.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        SessionsLog.CourseChanged(logger, course.Id);
        return bundle.ToResponse();
    }

    private static List<ChecklistItemData>? Checklist(IReadOnlyList<ChecklistItemData> items, FieldErrors errors)
    {
        var problems = SessionChecklist.Validate([.. items.Select(i => ((string?)i?.Code?.Trim(), (string?)i?.Text))]);
        errors.AddRange(problems);
        return problems.Count > 0 ? null : [.. items.Select(i => new ChecklistItemData(i.Code.Trim(), i.Text.Trim()))];
    }

    private static BloodPressureThresholds? Thresholds(ThresholdsInput input, FieldErrors errors)
    {
        var missing = false;
        foreach (var (value, field) in new[]
        {
            (input.CheckSystolicAtOrAbove, "thresholds.checkSystolicAtOrAbove"),
            (input.CheckDiastolicAtOrAbove, "thresholds.checkDiastolicAtOrAbove"),
            (input.UrgentSystolicAbove, "thresholds.urgentSystolicAbove"),
            (input.UrgentDiastolicAbove, "thresholds.urgentDiastolicAbove"),
        })
        {
            if (value is null)
            {
                errors.Add(field, "Give all four levels, or none.");
                missing = true;
            }
        }

        if (string.IsNullOrWhiteSpace(input.SetBy) || input.SetBy.Trim().Length > SessionLimits.NameMaxLength)
        {
            errors.Add("thresholds.setBy", "Say which clinician set these levels.");
            missing = true;
        }

        if (missing)
        {
            return null;
        }

        var problems = BloodPressureThresholds.Validate(input.CheckSystolicAtOrAbove!.Value, input.CheckDiastolicAtOrAbove!.Value,
            input.UrgentSystolicAbove!.Value, input.UrgentDiastolicAbove!.Value);
        foreach (var problem in problems)
        {
            errors.Add("thresholds." + problem.Field, problem.Message);
        }

        return problems.Count > 0
            ? null
            : BloodPressureThresholds.ForClinicianOverride(input.CheckSystolicAtOrAbove.Value, input.CheckDiastolicAtOrAbove.Value,
                input.UrgentSystolicAbove.Value, input.UrgentDiastolicAbove.Value, input.SetBy!.Trim());
    }
}
