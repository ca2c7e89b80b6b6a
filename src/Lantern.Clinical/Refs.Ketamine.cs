namespace Lantern.Clinical;

// Sources behind suitability screening and dosing-day checks (clinical.md §2.3, §4, §8).
public static partial class Refs
{
    public static readonly Source SpravatoLabel = new(
        nameof(SpravatoLabel),
        "SPRAVATO (esketamine) prescribing information and REMS: contraindicated with aneurysmal vascular disease or "
            + "arteriovenous malformation, history of intracerebral haemorrhage, or hypersensitivity to esketamine or "
            + "ketamine; carefully assess patients with psychosis; careful consideration with a substance use disorder "
            + "history; advise of potential fetal risk and not to breastfeed; BP before dosing and about 40 minutes "
            + "after; at least 2 hours of monitoring; no driving until the next day.",
        EvidenceStatus.Verified, "clinical.md §4.2");

    public static readonly Source Sanacora2017 = new(
        nameof(Sanacora2017),
        "Sanacora G, Frye MA, McDonald W, et al. A consensus statement on the use of ketamine in the treatment of mood "
            + "disorders. JAMA Psychiatry 2017. Pre-treatment evaluation pays particular attention to substance use and "
            + "psychosis history. (Its BP thresholds were not verified and are not used.)",
        EvidenceStatus.Verified, "clinical.md §4.1", "https://doi.org/10.1001/jamapsychiatry.2017.0080");

    public static readonly Source Hull2022 = new(
        nameof(Hull2022),
        "Hull TD, Malgaroli M, Gazzaley A, et al. At-home, sublingual ketamine telehealth ... J Affect Disord "
            + "2022;314:59-67. Eligibility included PHQ-9 or GAD-7 >= 10; a peer monitor had to be physically present "
            + "before each dose.",
        EvidenceStatus.Verified, "clinical.md §4.3", "https://doi.org/10.1016/j.jad.2022.07.004");

    public static readonly Source Andrashko2020 = new(
        nameof(Andrashko2020),
        "Andrashko V, Novak T, Brunovsky M, et al. The antidepressant effect of ketamine is dampened by concomitant "
            + "benzodiazepine medication. Front Psychiatry 2020;11:844. A cut-off of > 8 mg diazepam-equivalent "
            + "separated responders (study-derived, not a guideline threshold).",
        EvidenceStatus.Verified, "clinical.md §2.3", "https://doi.org/10.3389/fpsyt.2020.00844");

    public static readonly Source Feeney2023 = new(
        nameof(Feeney2023),
        "Feeney A, Hoeppner BB, Freeman MP, et al. J Clin Psychiatry 2023;84(1):22m14491. Higher benzodiazepine dose "
            + "(median split at 8 mg diazepam-equivalent) attenuated IV-ketamine benefit at day 1.",
        EvidenceStatus.Verified, "clinical.md §2.3");

    public static readonly Source Whelton2017AccAha = new(
        nameof(Whelton2017AccAha),
        "Whelton PK, Carey RM, et al. 2017 ACC/AHA guideline for the prevention, detection, evaluation and management "
            + "of high blood pressure in adults. Hypertension 2018;71(6):e13-e115. Normal < 120 and < 80; elevated "
            + "120-129 and < 80; stage 1 130-139 or 80-89; stage 2 >= 140 or >= 90; hypertensive crisis > 180 and/or "
            + "> 120 (prompt care).",
        EvidenceStatus.Verified, "clinical.md §8", "https://doi.org/10.1161/HYP.0000000000000065");

    public static readonly Source Yip2022 = new(
        nameof(Yip2022),
        "Yip R, Swainson J, Khullar A, McIntyre RS, Skoblenick K. Front Psychiatry 2022;13:1017504: argue for aligning "
            + "ketamine blood-pressure management with hypertension guidelines. No ketamine-specific cut-off is verified.",
        EvidenceStatus.Verified, "clinical.md §4.1 and §8", "https://doi.org/10.3389/fpsyt.2022.1017504");

    public static readonly Source KetamineBpSurges2024 = new(
        nameof(KetamineBpSurges2024),
        "Gen Hosp Psychiatry 2024 (Yale, 138 patients, 2342 infusions): BP peaks about 40 minutes after the start; "
            + "older age and a history of hypertension were associated with surges.",
        EvidenceStatus.Verified, "clinical.md §4.1", "https://doi.org/10.1016/j.genhosppsych.2024.07.001");

    /// <summary>
    /// Read on an advertisement that reproduces the SPRAVATO Important Safety Information (US Medicine, 2021), not on
    /// the label itself, and the key sentence was cut off where it was read: hence SECONDARY (clinical.md §4.2 lists
    /// the label's numeric blood-pressure guidance as unverified).
    /// </summary>
    public static readonly Source SpravatoBloodPressureWarning = new(
        nameof(SpravatoBloodPressureWarning),
        "SPRAVATO (esketamine) Important Safety Information, 'Increase in Blood Pressure', as reproduced in a 2021 "
            + "advertisement: esketamine raises systolic and/or diastolic blood pressure at all recommended doses; the "
            + "rise peaks about 40 minutes after a dose and lasts about 4 hours; 8 % to 19 % of treated patients (1 % "
            + "to 4 % on placebo) had a rise of 40 mmHg systolic and/or 25 mmHg diastolic or more in the first 1.5 "
            + "hours at least once in the first 4 weeks; a large rise can follow any dose even after smaller ones; the "
            + "passage goes on to say esketamine is contraindicated in patients for whom an increase in blood pressure "
            + "[poses a serious risk] (the end of that sentence was cut off in the copy read).",
        EvidenceStatus.Secondary, "https://www.usmedicine.com/2021online-dir/inc/html/33.html",
        "http://www.janssenlabels.com/package-insert/product-monograph/prescribing-information/SPRAVATO-pi.pdf");

    /// <summary>
    /// The consensus itself was not read, only a guideline publisher's summary of its recommendations and a clinician's
    /// blog summary that agree: hence SECONDARY. It is written for IV ketamine in chronic pain, not for depression.
    /// </summary>
    public static readonly Source Cohen2018KetamineConsensus = new(
        nameof(Cohen2018KetamineConsensus),
        "Cohen SP, Bhatia A, Buvanendran A, et al. Consensus guidelines on the use of intravenous ketamine infusions for "
            + "chronic pain from the American Society of Regional Anesthesia and Pain Medicine, the American Academy of "
            + "Pain Medicine, and the American Society of Anesthesiologists. Reg Anesth Pain Med 2018;43(5):521-546. As "
            + "summarised by Guideline Central: relative contraindications include poorly controlled cardiovascular "
            + "disease (grade B, low certainty); with suspected or high risk of cardiovascular disease, a baseline ECG "
            + "to rule out poorly controlled ischaemic heart disease (grade C, low). A second summary words it as "
            + "'ketamine should not be used in patients with poorly controlled cardiovascular disease'. Written for IV "
            + "ketamine in chronic pain; the paper's own text was not read.",
        EvidenceStatus.Secondary, "https://www.guidelinecentral.com/guideline/8150/",
        "https://doi.org/10.1097/AAP.0000000000000808");

    public static readonly Source Anderson2022KetamineCystitis = new(
        nameof(Anderson2022KetamineCystitis),
        "Anderson DJ, Zhou J, Cao D, et al. Ketamine-induced cystitis: a comprehensive review of the urologic effects "
            + "of this psychoactive drug. Health Psychol Res 2022;10(3). Urinary pain and bladder damage are linked "
            + "mainly with frequent recreational use; stopping ketamine usually improves symptoms. (We read the "
            + "abstract.)",
        EvidenceStatus.Verified,
        "https://healthpsychologyresearch.openmedicalpublishing.org/article/38247-ketamine-induced-cystitis-a-comprehensive-review-of-the-urologic-effects-of-this-psychoactive-drug",
        "https://doi.org/10.52965/001c.38247");
}
