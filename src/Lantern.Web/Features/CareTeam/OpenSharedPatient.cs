namespace Lantern.Web.Features.CareTeam;

/// <summary>Opening a client's page is a read of their data, so it is audited; no sharing looks like no client.</summary>
public sealed class OpenSharedPatientHandler(ListMyPatientsHandler myPatients, HealthDataAccess access, AuditLog audit)
{
    public async Task<SharedPatientResponse> HandleAsync(Guid patientId, CancellationToken ct)
    {
        var client = (await myPatients.HandleAsync(ct)).FirstOrDefault(p => p.PatientId == patientId) ?? throw new RecordNotFoundException();
        var me = await access.GetContextAsync(ct);
        audit.Record(AuditAction.RecordRead, me.UserId, patientId, "CareTeamSummary", null, AuditOutcome.Success);
        return client;
    }
}
