namespace Lantern.Clinical.Safety;

/// <summary>
/// A sign that needs someone to act, with how soon and what to do, in words meant for a worried person.
/// </summary>
/// <param name="Code">Stable id, e.g. <c>self-harm-thoughts</c>.</param>
/// <param name="Title">Short name of the sign, for lists and clinicians.</param>
/// <param name="Trigger">What raises it (an answer, a reading, a reported symptom).</param>
/// <param name="WhatToDo">Calm, plain instructions shown to the person.</param>
/// <param name="ShowCrisisResources">When true the crisis lines for the person's country must be shown with it.</param>
/// <param name="Sources">Facts behind the sign and, where the level is our choice, <see cref="Refs.LanternSafetyPolicy"/>.</param>
public sealed record RedFlag(
    string Code,
    string Title,
    string Trigger,
    ActionLevel Level,
    string WhatToDo,
    bool ShowCrisisResources,
    IReadOnlyList<Source> Sources)
{
    public string LevelCode => Level.ToCode();
}
