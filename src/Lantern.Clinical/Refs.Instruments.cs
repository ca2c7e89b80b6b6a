namespace Lantern.Clinical;

// Sources behind the questionnaires (clinical.md §3). Wording of citations is ours; facts and statuses are the reference's.
public static partial class Refs
{
    public static readonly Source Kroenke2001 = new(
        nameof(Kroenke2001),
        "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. "
            + "J Gen Intern Med 2001;16(9):606-613. Items scored 0-3, total 0-27; 5, 10, 15, 20 = mild, moderate, "
            + "moderately severe, severe; >= 10 had sensitivity 88% and specificity 88% for major depression.",
        EvidenceStatus.Verified, "clinical.md §3.1", "https://doi.org/10.1046/j.1525-1497.2001.016009606.x");

    public static readonly Source Phq9Loinc = new(
        nameof(Phq9Loinc),
        "LOINC codes for PHQ-9: panel 44249-1, total 44261-6, items 44250-9 ... 44260-8, answers LA6568-5/LA6569-3/"
            + "LA6570-1/LA6571-9 (HL7 US Core examples and independent FHIR Questionnaires agree); not yet "
            + "confirmed against the LOINC terminology service itself.",
        EvidenceStatus.Secondary, "clinical.md §3.1 (LOINC caveat)");

    public static readonly Source PfizerPhqGadLicence = new(
        nameof(PfizerPhqGadLicence),
        "Pfizer (2010) made the PHQ screeners and GAD-7 available without copyright restriction and at no charge.",
        EvidenceStatus.Verified, "clinical.md §3.1");

    public static readonly Source Phq9ResponseConvention = new(
        nameof(Phq9ResponseConvention),
        "PHQ-9 'response' = a drop of 50% or more from baseline. Widely used (e.g. Hull 2022 reports it); the primary "
            + "definition was not seen, and PHQ-9 success metrics are inconsistently defined.",
        EvidenceStatus.Secondary, "clinical.md §3.1");

    public static readonly Source Phq9RemissionConvention = new(
        nameof(Phq9RemissionConvention),
        "PHQ-9 'remission' = a total below 5. Commonly attributed to Kroenke & Spitzer 2002, but that primary text "
            + "was not seen, so Lantern offers it only as a labelled convention.",
        EvidenceStatus.ConventionNotVerified, "clinical.md §3.1 (open item 4)");

    public static readonly Source Spitzer2006 = new(
        nameof(Spitzer2006),
        "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: "
            + "the GAD-7. Arch Intern Med 2006;166:1092-1097. 7 items with the PHQ-9 response set, total 0-21.",
        EvidenceStatus.Verified, "clinical.md §3.2", "https://doi.org/10.1001/archinte.166.10.1092");

    public static readonly Source Kroenke2007 = new(
        nameof(Kroenke2007),
        "Kroenke K et al. Ann Intern Med 2007;146:317-25: GAD-7 scores of 5, 10 and 15 indicate mild, moderate and "
            + "severe anxiety symptoms (0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe).",
        EvidenceStatus.Verified, "clinical.md §3.2");

    public static readonly Source Gad7Loinc = new(
        nameof(Gad7Loinc),
        "LOINC codes for GAD-7: panel 69737-5, total 70274-6 (agreement across HL7 and other FHIR profiles). Item and "
            + "answer codes are not in the reference and public Questionnaires disagree on them, so Lantern omits them.",
        EvidenceStatus.Secondary, "clinical.md §3.2 (LOINC caveat)");

    public static readonly Source Gad7Wording = new(
        nameof(Gad7Wording),
        "GAD-7 patient form (Pfizer; 'No permission required to reproduce, translate, display or distribute'): "
            + "stem and the 7 item wordings, as scanned from the printed form; the same wording appears in the HL7 "
            + "personal-health-record IG GAD-7 example.",
        EvidenceStatus.Verified, "https://www.scribd.com/document/724517444",
        "https://github.com/HL7/personal-health-record-format-ig/blob/main/input/fsh/pghd/examples/Mind/QuestionnaireResponse-ScoredAssessment-GAD7.fsh");

    public static readonly Source Pcl5Scoring = new(
        nameof(Pcl5Scoring),
        "National Center for PTSD PCL-5 scoring, as reproduced in Appendix S of the Australian comorbidity guidelines: "
            + "20 items 0-4 over the past month, total 0-80; clusters B 1-5, C 6-7, D 8-14, E 15-20; provisional DSM-5 "
            + "rule (item >= 2 endorsed; >= 1 B, >= 1 C, >= 2 D, >= 2 E); a cut-point of 31-33 'appears to be reasonable'.",
        EvidenceStatus.Verified, "clinical.md §3.3");

    public static readonly Source Pcl5Wording = new(
        nameof(Pcl5Wording),
        "PCL-5 item wording as carried in the VA's own VistA Mental Health software (patch YS*5.01*119, PCL-5 report "
            + "text; WorldVistA/VistA-M, Packages/Mental Health/Routines/YS119PST.m). The stem 'In the past month, how "
            + "much were you bothered by:' is as printed on the form in many reproductions. The ptsd.va.gov form "
            + "itself was not read.",
        EvidenceStatus.Secondary,
        "https://github.com/WorldVistA/VistA-M/blob/master/Packages/Mental%20Health/Routines/YS119PST.m");

    public static readonly Source Pcl5Licence = new(
        nameof(Pcl5Licence),
        "PCL-5: created by staff at the US Department of Veterans Affairs National Center for PTSD; public domain. "
            + "Authors Weathers et al. 2013; psychometrics Blevins et al. 2015.",
        EvidenceStatus.Secondary, "clinical.md §3.3");

    public static readonly Source LanternWithdrawalChecklist = new(
        nameof(LanternWithdrawalChecklist),
        "Lantern's own withdrawal-symptom checklist. Not a validated scale: the DESS item wording and scoring are not "
            + "available to us, so nothing here is taken from it.",
        EvidenceStatus.LanternPolicy, "clinical.md §3.5");
}
