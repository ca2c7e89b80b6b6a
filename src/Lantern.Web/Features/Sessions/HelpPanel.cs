using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// "I need help": the provider's number, the support person's (when they are a name and number), and the crisis route
/// for the patient's country (its emergency number and crisis lines), as links a phone can dial. Shown on every
/// session page; always visible in dosing-day mode. The lines are the patient's country's, because the support
/// person is with the patient.
/// </summary>
public sealed record HelpPanel(ProviderResponse Provider, SupportPersonResponse? Support, CrisisRouteResponse Crisis, bool ForSupportPerson)
{
    public static HelpPanel For(SessionResponse session, Person profile, bool forSupportPerson) =>
        new(session.Provider, session.SupportPerson, CrisisRoutes.For(CrisisKind.MentalHealthCrisis, profile), forSupportPerson);
}
