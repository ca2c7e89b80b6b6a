namespace Lantern.Clinical;

// Lantern's own safety choices, kept as a source so every screen can say plainly that they are ours.
public static partial class Refs
{
    public static readonly Source LanternSafetyPolicy = new(
        nameof(LanternSafetyPolicy),
        "Lantern safety policy: which action level each red flag gets and the plain-language words shown. Chosen to "
            + "err towards getting help sooner; not taken from a guideline (e.g. Kroenke 2001 defines no escalation "
            + "for PHQ-9 item 9). Needs sign-off by the clinical safety officer.",
        EvidenceStatus.LanternPolicy, "clinical.md §3.1 (item 9 is 'app policy')");

    public static readonly Source LanternScreeningPolicy = new(
        nameof(LanternScreeningPolicy),
        "Lantern screening policy: where no source sets a rule (age under 18, history of mania, answers the person "
            + "is not sure about, recent thoughts of self-harm), Lantern routes the person to a clinic rather than "
            + "suggesting at-home treatment. A provider always decides.",
        EvidenceStatus.LanternPolicy, "clinical.md §4 (no verified rule for these)");

    public static readonly Source NimhAsqToolkit = new(
        nameof(NimhAsqToolkit),
        "National Institute of Mental Health. Ask Suicide-Screening Questions (ASQ) Toolkit. The acuity question "
            + "'Are you having thoughts of killing yourself right now?': yes is an acute positive screen (imminent risk, "
            + "an emergency safety evaluation now); no is a non-acute positive screen (a brief suicide safety assessment "
            + "soon). Wording and the two-way split seen in descriptions of the toolkit, not yet on its own page.",
        EvidenceStatus.Secondary, "clinical.md §3.6", "https://www.nimh.nih.gov/labs-at-nimh/asq-toolkit-materials");
}
