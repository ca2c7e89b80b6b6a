namespace Lantern.Web.Features.CareTeam;

public static class CareTeamEndpoints
{
    public static void MapCareTeamEndpoints(this RouteGroupBuilder api)
    {
        var team = api.MapGroup("/careteam").WithTags("Care team");

        team.MapPost("/invitations", async (InviteRequest request, InviteToCareTeamHandler handler, CancellationToken ct) =>
        {
            var invitation = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/careteam/invitations/{invitation.Id}", invitation);
        });
        team.MapGet("/invitations", async (ListPendingInvitationsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)));
        team.MapDelete("/invitations/{id:guid}", async (Guid id, CancelInvitationHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        team.MapGet("/invitations/{token}", async (string token, AcceptInvitationHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.PreviewAsync(token, ct)));
        // 400 names "twoFactor" when the account has not turned on two-step sign-in yet.
        team.MapPost("/invitations/{token}/accept", async (string token, AcceptInvitationHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.AcceptAsync(token, ct))).ProducesProblem(StatusCodes.Status400BadRequest);

        team.MapGet("/grants", async (ListMyGrantsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)));
        team.MapPut("/grants/{id:guid}", async (Guid id, UpdateGrantRequest request, UpdateGrantHandler handler,
            CurrentPerson person, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, request, (await person.GetAsync(ct)).TimeZone, ct);
            return TypedResults.NoContent();
        });
        team.MapDelete("/grants/{id:guid}", async (Guid id, RevokeGrantHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });

        team.MapGet("/patients", async (ListMyPatientsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)));
        team.MapGet("/caseload", async (string? sort, CaseloadHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(sort, ct)));
        team.MapGet("/patients/{patientId:guid}/summary", async (Guid patientId, PatientSummaryHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(patientId, ct)));
        team.MapGet("/patients/{patientId:guid}/notes", async (Guid patientId, ListTherapistNotesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(patientId, ct)));
        team.MapPost("/patients/{patientId:guid}/notes", async (Guid patientId, AddNoteRequest request, AddTherapistNoteHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(patientId, request, ct)));

        api.MapGet("/audit/me", async (WhoSawMyDataHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .WithTags("Care team");
    }
}
