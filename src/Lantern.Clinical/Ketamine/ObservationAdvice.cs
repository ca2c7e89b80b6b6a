namespace Lantern.Clinical.Ketamine;

/// <summary>
/// What to say about the time to stay watched after a dose, worded for the route, with the source that applies to that
/// route. Only the esketamine nasal spray has a verified rule (its label: at least 2 hours of monitoring by a healthcare
/// provider, clinical.md §4.2). No source we hold sets a time for lozenges at home, infusions, injections or anything
/// else (the at-home trial, §4.3, records a peer monitor present but no duration), so for those Lantern's own default of
/// the same 2 hours is called what it is: Lantern's careful default, borrowed from the esketamine label.
/// </summary>
/// <param name="Before">Said before the time is up: why 2 hours, from whom, and who to ask.</param>
/// <param name="ConfirmEarly">The box ticked to finish before the time is up.</param>
/// <param name="Source">The source this route's wording rests on.</param>
public sealed record ObservationAdvice(string Before, string ConfirmEarly, Source Source)
{
    /// <summary>The wording for <paramref name="route"/>.</summary>
    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.LanternSessionPolicy))]
    public static ObservationAdvice For(KetamineRoute route) => route switch
    {
        KetamineRoute.EsketamineNasalSpray => new(
            "The esketamine (SPRAVATO) label asks for at least 2 hours of monitoring by a healthcare provider after each dose, "
                + "then a check that you are ready to leave. Your clinic decides when you can go.",
            "I'm finishing before 2 hours, and my clinic has checked that I'm ready to leave",
            Refs.SpravatoLabel),
        KetamineRoute.AtHomeLozenges => new(
            "For lozenges at home there is no set time we can point to. Lantern suggests at least 2 hours with your support "
                + "person after each dose, as a careful default (it is what the esketamine label asks for in a clinic). "
                + "Ask your prescriber what applies to you.",
            "I'm finishing before 2 hours, and my support person will stay with me",
            Refs.LanternSessionPolicy),
        KetamineRoute.IvInfusion or KetamineRoute.Intramuscular => new(
            "Your clinic watches you after the dose and decides when you can leave. Lantern suggests at least 2 hours as a "
                + "careful default (it is what the esketamine label asks for); there is no set time we can point to for "
                + (route == KetamineRoute.IvInfusion ? "infusions" : "injections") + ". Ask your clinic what applies to you.",
            "I'm finishing before 2 hours, and my clinic has checked that I'm ready to leave",
            Refs.LanternSessionPolicy),
        _ => new(
            "Lantern suggests at least 2 hours with someone watching over you after each dose, as a careful default (it is "
                + "what the esketamine label asks for in a clinic). Ask your prescriber what applies to you.",
            "I'm finishing before 2 hours, and someone will stay with me",
            Refs.LanternSessionPolicy),
    };
}
