namespace Lantern.Clinical.Safety;

/// <summary>
/// A sign that needs someone to act, with how soon and what to do, in words meant for a worried person.
/// </summary>
/// <param name="Code">Stable id, e.g. <c>self-harm-thoughts</c>.</param>
/// <param name="Title">Short name of the sign, for lists and clinicians.</param>
/// <param name="Trigger">What raises it (an answer, a reading, a reported symptom).</param>
/// <param name="WhatToDo">Calm, plain instructions shown to the person.</param>
/// <param name="Kind">
/// Which crisis route it needs (and so what that route leads with); null when nothing is urgent and it can wait for
/// the next appointment.
/// </param>
/// <param name="Sources">Facts behind the sign and, where the level is our choice, <see cref="Refs.LanternSafetyPolicy"/>.</param>
public sealed record RedFlag(
    string Code,
    string Title,
    string Trigger,
    ActionLevel Level,
    string WhatToDo,
    CrisisKind? Kind,
    IReadOnlyList<Source> Sources)
{
    public string LevelCode => Level.ToCode();

    /// <summary>
    /// True when the crisis route must come first, before anything else on the answer: every emergency, and every
    /// mental-health crisis whatever its level.
    /// </summary>
    public bool ShowCrisisResources => Level == ActionLevel.Emergency || Kind == CrisisKind.MentalHealthCrisis;
}
