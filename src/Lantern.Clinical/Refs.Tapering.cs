namespace Lantern.Clinical;

// Sources behind the taper engine (clinical.md §1-2). Formulation strengths are product facts, not clinical
// rules, so they are cited per product in Tapering/DrugCatalogue.cs rather than here.
public static partial class Refs
{
    public static readonly Source Horowitz2019 = new(
        nameof(Horowitz2019),
        "Horowitz MA, Taylor D. Tapering of SSRI treatment to mitigate withdrawal symptoms. Lancet Psychiatry "
            + "2019;6(6):538-546. Hyperbolically reducing doses reduces serotonin-transporter inhibition in a linear "
            + "manner; SSRIs should be tapered hyperbolically and slowly, to doses much lower than therapeutic "
            + "minimums. (Abstract only: the paper's own per-drug parameters and example schedule were not read.)",
        EvidenceStatus.Verified, "clinical.md §1.1", "https://doi.org/10.1016/S2215-0366(19)30032-X");

    public static readonly Source Sorensen2022 = new(
        nameof(Sorensen2022),
        "Sørensen A, Ruhé HG, Munkholm K. The relationship between dose and serotonin transporter occupancy of "
            + "antidepressants - a systematic review. Mol Psychiatry 2022. Standard 2-parameter Michaelis-Menten "
            + "(Emax) model; occupancy is hyperbolic in dose with a plateau near 80 % at the usual minimum dose.",
        EvidenceStatus.Verified, "clinical.md §1.1-1.2", "https://doi.org/10.1038/s41380-021-01285-w");

    public static readonly Source SorensenFitsViaThirdPartyCode = new(
        nameof(SorensenFitsViaThirdPartyCode),
        "Per-drug Emax (Vmax) and ED50 (Km) values labelled as Sørensen et al. 2022, seen only in third-party "
            + "open-source calculator code on GitHub. Not checked against the paper: an estimate for discussion, "
            + "not a clinical fact.",
        EvidenceStatus.Secondary, "clinical.md §1.1 (SECONDARY parameter set 1)");

    public static readonly Source CitalopramEd50Conflict = new(
        nameof(CitalopramEd50Conflict),
        "A blog article stored in a GitHub repository (rxdown, 'Receptor Occupancy') says Sørensen 2022 fitted a "
            + "half-maximal citalopram dose of about 3.4 mg, which conflicts with the 2.33 mg in the third-party "
            + "code. It gives no Emax, so it cannot be used as a parameter set; it is shown as a conflict.",
        EvidenceStatus.Secondary, "clinical.md §1.1 (SECONDARY item 2)");

    public static readonly Source Meyer2001 = new(
        nameof(Meyer2001),
        "Meyer JH, Wilson AA, Ginovart N, et al. Am J Psychiatry 2001;158(11):1843-1849: striatal SERT occupancy "
            + "about 77 % with citalopram 20 mg/day and 83 % with paroxetine 20 mg/day.",
        EvidenceStatus.Verified, "clinical.md §1.2", "https://pubmed.ncbi.nlm.nih.gov/11691690/");

    public static readonly Source Meyer2004 = new(
        nameof(Meyer2004),
        "Meyer JH, Wilson AA, Sagrati S, et al. Am J Psychiatry 2004;161(5):826-835: at the minimum therapeutic dose "
            + "of five SSRIs/venlafaxine, mean striatal SERT occupancy was 76-85 % (about 80 %).",
        EvidenceStatus.Verified, "clinical.md §1.2", "https://doi.org/10.1176/appi.ajp.161.5.826");

    public static readonly Source Asam2025BenzodiazepineTaper = new(
        nameof(Asam2025BenzodiazepineTaper),
        "ASAM-led Joint Clinical Practice Guideline on Benzodiazepine Tapering (J Gen Intern Med 2025): the initial "
            + "pace should generally be reductions of 5 % to 10 % every 2-4 weeks and typically not more than 25 % "
            + "every 2 weeks; if significant symptoms emerge, slow or pause the taper.",
        EvidenceStatus.Verified, "clinical.md §2.2", "https://doi.org/10.1007/s11606-025-09499-2");

    public static readonly Source CitalopramDropsBioavailability = new(
        nameof(CitalopramDropsBioavailability),
        "Hertfordshire Partnership NHS FT medicines bulletin (March 2012) quoting the Cipramil 40 mg/ml oral drops "
            + "SPC: the drops have about 25 % higher bioavailability than tablets, so 8 mg (4 drops) corresponds to "
            + "a 10 mg tablet and 16 mg (8 drops) to 20 mg. Read as a third-party copy of the bulletin.",
        EvidenceStatus.Secondary,
        "https://pdfslide.us/documents/of-product-characteristics-spc-for-cipramil-citalopram-4448-mg-citalopram.html");

    public static readonly Source OralSyringeMarkings = new(
        nameof(OralSyringeMarkings),
        "Children's Wisconsin patient teaching sheet 1619, 'How to read a syringe' (the publisher's page): on a 1 mL "
            + "oral syringe the short lines measure 0.02 mL, on a 3 mL syringe 0.1 mL; use the smallest syringe you can.",
        EvidenceStatus.Verified,
        "https://childrenswi.org/en/publications/teaching-sheet/ed%20services/1619-how%20to%20read%20a%20syringe");

    public static readonly Source LanternTaperPolicy = new(
        nameof(LanternTaperPolicy),
        "Lantern's own taper choices where no source sets a number: default steps of 10 % of the previous dose every "
            + "28 days (within NICE NG222's 'smaller reductions' and ASAM's usual 5-10 % every 2-4 weeks), 14 days "
            + "between steps when planning to a target date, a default occupancy drop of 10 points (a "
            + "round step chosen by us, not taken from a source), the last step stops from the chosen final dose, a warning "
            + "when one step cuts more than half the dose, and after a hold, slow-down or step-back the next reduction "
            + "is offered one of the person's own intervals later (no source gives a hold length). Unless the person says "
            + "otherwise, liquids are measured to a syringe's marks: 0.02 mL up to 1 mL, 0.1 mL above. With no last dose, "
            + "an antidepressant plan moves to the finest licensed liquid at the first step tablets or capsules cannot "
            + "give, and stops once the next step would be smaller than one mark. A prescriber decides every step.",
        EvidenceStatus.LanternPolicy, "clinical.md §1.6 D (hold length UNVERIFIED)");
}
