namespace Lantern.Clinical;

// Sources behind dose conversions and tapering rules (clinical.md §1.4, §2, §5).
public static partial class Refs
{
    public static readonly Source AshtonViaAsam2025 = new(
        nameof(AshtonViaAsam2025),
        "Ashton Manual (2002) column of Table 7, 'Benzodiazepine approximate dose equivalents to 10 mg oral diazepam', "
            + "in the ASAM-led Joint Clinical Practice Guideline on Benzodiazepine Tapering, J Gen Intern Med 2025 "
            + "(same equivalents in Ashton's 2007 equivalence table). 'These doses are intended for guidance only.'",
        EvidenceStatus.Verified, "clinical.md §2.1", "https://doi.org/10.1007/s11606-025-09499-2");

    public static readonly Source VaDodViaAsam2025 = new(
        nameof(VaDodViaAsam2025),
        "VA/DoD Substance Use Disorder CPG (2021) column of the same ASAM 2025 Table 7 (doses equivalent to 10 mg "
            + "oral diazepam). Differs from Ashton for several drugs, so it is kept as a separate, named table.",
        EvidenceStatus.Verified, "clinical.md §2.1", "https://doi.org/10.1007/s11606-025-09499-2");

    public static readonly Source NhsScotlandBenzodiazepines = new(
        nameof(NhsScotlandBenzodiazepines),
        "NHS Scotland, 'Benzodiazepines and Z-drugs: quality prescribing' (Right Decisions), switching to diazepam: "
            + "approximate doses equivalent to diazepam 5 mg, adapted from the Ashton Manual, Maudsley Prescribing "
            + "Guidelines and UK Medicines Information. Covers z-drugs and drugs missing from the ASAM table.",
        EvidenceStatus.Verified, "clinical.md §2.1", "https://rightdecisions.scot.nhs.uk");

    public static readonly Source Who2009Withdrawal = new(
        nameof(Who2009Withdrawal),
        "WHO. Clinical guidelines for withdrawal management and treatment of drug dependence in closed settings (2009), "
            + "Table 8 worked example: lorazepam 4 mg = diazepam 40 mg; temazepam 60 mg = diazepam 30 mg.",
        EvidenceStatus.Verified, "clinical.md §2.1", "https://www.ncbi.nlm.nih.gov/books/NBK310652/");

    public static readonly Source NiceNg222 = new(
        nameof(NiceNg222),
        "NICE NG222 (2022) Depression in adults, recs 1.4.13-1.4.19: withdrawal symptoms may appear within days and "
            + "usually go within 1-2 weeks but can be severe and last longer; make the next reduction only once "
            + "withdrawal symptoms have resolved or are tolerable; monitor for withdrawal and for return of depression.",
        EvidenceStatus.Verified, "clinical.md §1.4", "https://www.nice.org.uk/guidance/ng222");

    public static readonly Source NiceQs8 = new(
        nameof(NiceQs8),
        "NICE Quality Standard QS8 statement 4 (2023): withdrawal symptoms need to have resolved or be tolerable before "
            + "the next dose reduction.",
        EvidenceStatus.Verified, "clinical.md §1.4", "https://www.nice.org.uk/guidance/qs8");

    public static readonly Source Cdc2022Mme = new(
        nameof(Cdc2022Mme),
        "CDC Clinical Practice Guideline for Prescribing Opioids for Pain, United States, 2022 (MMWR Recomm Rep "
            + "2022;71(RR-3)): MME conversion factors; doses in mg/day except transdermal fentanyl in mcg/hr; factors "
            + "are estimates; do not use MME to convert one opioid to another; take extra care with methadone and "
            + "transdermal fentanyl.",
        EvidenceStatus.Verified, "clinical.md §5", "https://doi.org/10.15585/mmwr.rr7103a1");

    public static readonly Source Cdc2016MmeThresholds = new(
        nameof(Cdc2016MmeThresholds),
        "CDC 2016 opioid guideline as widely reproduced: reassess and add precautions at >= 50 MME/day; avoid or "
            + "carefully justify >= 90 MME/day. The 2022 guideline has no hard cap and its exact wording on 50/90 was "
            + "not verified.",
        EvidenceStatus.Secondary, "clinical.md §5");
}
