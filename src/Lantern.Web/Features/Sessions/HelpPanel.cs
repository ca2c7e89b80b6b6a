using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.Journey;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// "I need help": the provider's number, the support person's (when they are a name and number), and the crisis lines
/// for the patient's country, as links a phone can dial. Shown on every session page; always visible in dosing-day mode.
/// </summary>
public sealed record HelpPanel(ProviderResponse Provider, SupportPersonResponse? Support, CrisisRouteResponse Crisis, bool ForSupportPerson)
{
    public static HelpPanel For(SessionResponse session, PatientProfile profile, bool forSupportPerson) =>
        new(session.Provider, session.SupportPerson, CrisisRouteResponse.For(profile), forSupportPerson);
}
