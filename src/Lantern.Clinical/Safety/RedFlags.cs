namespace Lantern.Clinical.Safety;

/// <summary>
/// Lantern's red-flag catalogue. The action level of each flag is Lantern's safety policy (no source we hold sets
/// one), chosen to err towards help sooner; the facts that make each sign matter are cited beside it.
/// Emergency numbers are not written into the words: the crisis route shows the right ones for the person's country
/// from <see cref="CrisisDirectory"/>, and each flag's <see cref="RedFlag.Kind"/> decides what that route leads with.
/// </summary>
public static class RedFlags
{
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag SuicidalThoughts { get; } = new(
        "suicidal-thoughts",
        "Thoughts of suicide or of harming yourself",
        "The person reports, at any time, that they are thinking about suicide or about hurting themselves.",
        ActionLevel.Emergency,
        "You don't have to wait, and you don't have to manage this alone. Call or text one of the crisis lines "
            + "below now; they are there for exactly this, day and night. If you might act on these thoughts, or "
            + "you are not safe right now, call your emergency number or go to the nearest emergency department.",
        Kind: CrisisKind.MentalHealthCrisis,
        [Refs.LanternSafetyPolicy]);

    /// <summary>
    /// A "yes" to the ASQ acuity question asked after a positive PHQ-9 item 9 (see <see cref="SuicideRiskFollowUp"/>).
    /// The ASQ calls this an acute positive screen that needs an emergency safety evaluation now; the words and the
    /// route are Lantern's policy built on it.
    /// </summary>
    [Source(nameof(Refs.NimhAsqToolkit))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag SuicidalThoughtsRightNow { get; } = new(
        "suicidal-thoughts-right-now",
        "Thoughts of killing yourself right now",
        "After a PHQ-9 item 9 answer of 1 or more, the person answers yes to the question 'Are you having thoughts of "
            + "killing yourself right now?'",
        ActionLevel.Emergency,
        "Thank you for telling us. Please get help now, while you are having these thoughts. Call your emergency number "
            + "or go to the nearest emergency department, or call or text a crisis line below. If you can, stay with "
            + "someone you trust until help comes.",
        Kind: CrisisKind.MentalHealthCrisis,
        [Refs.NimhAsqToolkit, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.Kroenke2001))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag SelfHarmThoughts { get; } = new(
        "self-harm-thoughts",
        "PHQ-9 item 9: thoughts of being better off dead or of self-harm",
        "PHQ-9 item 9 answered 'Several days' or more (score 1 or higher).",
        ActionLevel.ContactProviderToday,
        "Thank you for answering honestly; it helps your care team help you. Please let your provider know today "
            + "that you have had these thoughts. If at any moment you feel you might act on them, or you are not "
            + "safe, call a crisis line below or your emergency number straight away. You don't need to wait for "
            + "your provider.",
        Kind: CrisisKind.MentalHealthCrisis,
        [Refs.Kroenke2001, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.Whelton2017AccAha))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag BloodPressureUrgent { get; } = new(
        "bp-urgent",
        "Blood pressure in the urgent band",
        "A reading above the urgent threshold (default: systolic over 180 or diastolic over 120, the ACC/AHA "
            + "'hypertensive crisis' range).",
        ActionLevel.Emergency,
        "This blood pressure reading is very high. Don't take a dose today. Seek care now: contact your provider "
            + "or an urgent care service straight away. If you also have chest pain, trouble breathing, or feel very "
            + "unwell, call your emergency number.",
        Kind: CrisisKind.MedicalEmergency,
        [Refs.Whelton2017AccAha, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.Whelton2017AccAha))]
    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.Yip2022))]
    public static RedFlag BloodPressureCheckBeforeDosing { get; } = new(
        "bp-check-before-dosing",
        "Blood pressure above the dosing-day level",
        "A reading at or above the check threshold (default: systolic 140 or more, or diastolic 90 or more, the "
            + "ACC/AHA stage 2 range).",
        ActionLevel.ContactProviderToday,
        "This reading is higher than the level set for dosing days. Please check with your provider before you "
            + "take today's dose.",
        Kind: CrisisKind.UrgentSameDayCare,
        [Refs.Whelton2017AccAha, Refs.SpravatoLabel, Refs.Yip2022]);

    [Source(nameof(Refs.Whelton2017AccAha))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag ChestPain { get; } = new(
        "chest-pain",
        "Chest pain",
        "The person reports chest pain or tightness.",
        ActionLevel.Emergency,
        "Chest pain needs checking straight away. Call your emergency number now. Don't drive yourself; if someone "
            + "is with you, ask them to stay.",
        Kind: CrisisKind.MedicalEmergency,
        [Refs.Whelton2017AccAha, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag TroubleBreathing { get; } = new(
        "trouble-breathing",
        "Trouble breathing",
        "The person, or someone with them, reports difficulty breathing or very slow or shallow breathing.",
        ActionLevel.Emergency,
        "Trouble breathing needs help now. Call your emergency number. If you are with someone whose breathing is "
            + "very slow or shallow, call for them and stay with them until help arrives.",
        Kind: CrisisKind.MedicalEmergency,
        [Refs.SpravatoLabel, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.Sanacora2017))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag SeeingOrHearingThings { get; } = new(
        "seeing-or-hearing-things",
        "Seeing or hearing things others don't",
        "The person sees or hears things other people don't, after the effects of a dose should have worn off.",
        ActionLevel.ContactProviderToday,
        "Changes in how things look and sound are common while a dose is working. If they carry on after it "
            + "should have worn off, please tell your provider today, and stay with someone you trust. If you feel "
            + "unsafe, call your emergency number.",
        Kind: CrisisKind.MentalHealthCrisis,
        [Refs.SpravatoLabel, Refs.Sanacora2017, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag SevereConfusion { get; } = new(
        "severe-confusion",
        "Severe confusion",
        "The person is very confused, cannot be woken properly, or does not know where they are.",
        ActionLevel.Emergency,
        "If someone is very confused, can't be woken properly, or doesn't know where they are, call your emergency "
            + "number now and stay with them until help comes.",
        Kind: CrisisKind.MedicalEmergency,
        [Refs.SpravatoLabel, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.Anderson2022KetamineCystitis))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag BladderPainOrBloodInUrine { get; } = new(
        "bladder-pain-or-blood-in-urine",
        "Bladder pain or blood in urine",
        "The person reports pain in the bladder or when passing urine, needing to go much more often, or blood in "
            + "their urine.",
        ActionLevel.ContactProviderToday,
        "Ketamine can irritate the bladder. Please tell your provider today about pain when you pass urine, "
            + "needing to go much more often, or any blood in your urine, so they can check it early.",
        Kind: CrisisKind.UrgentSameDayCare,
        [Refs.Anderson2022KetamineCystitis, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.NiceNg222))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag UnableToFunction { get; } = new(
        "unable-to-function",
        "Unable to manage daily life",
        "The person cannot manage everyday things such as getting up, eating, working or looking after themselves "
            + "or others.",
        ActionLevel.ContactProviderToday,
        "If everyday things have become too much, please contact your provider today. This can happen during "
            + "treatment changes, and you deserve support with it. If you feel unsafe, use the crisis lines below.",
        Kind: CrisisKind.MentalHealthCrisis,
        [Refs.NiceNg222, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.NiceNg222))]
    [Source(nameof(Refs.NiceQs8))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag WithdrawalNotTolerable { get; } = new(
        "withdrawal-not-tolerable",
        "Withdrawal symptoms that are not tolerable",
        "The person says their withdrawal symptoms are not tolerable.",
        ActionLevel.ContactProviderToday,
        "Please don't make your next dose reduction yet, and let your prescriber know today. Guidance is to wait "
            + "until withdrawal symptoms have settled or are manageable before reducing again.",
        Kind: CrisisKind.UrgentSameDayCare,
        [Refs.NiceNg222, Refs.NiceQs8, Refs.LanternSafetyPolicy]);

    [Source(nameof(Refs.NiceNg222))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag WithdrawalSymptomsTolerable { get; } = new(
        "withdrawal-symptoms-tolerable",
        "Withdrawal symptoms that are tolerable",
        "The person rates one or more withdrawal symptoms and says they are tolerable.",
        ActionLevel.MentionAtNextVisit,
        "Keep noting how you feel. Mention these symptoms at your next appointment, and get in touch sooner if they "
            + "become hard to bear.",
        Kind: null,
        [Refs.NiceNg222, Refs.LanternSafetyPolicy]);

    /// <summary>The whole catalogue, most urgent first.</summary>
    public static IReadOnlyList<RedFlag> All { get; } =
    [
        SuicidalThoughtsRightNow, SuicidalThoughts, BloodPressureUrgent, ChestPain, TroubleBreathing, SevereConfusion,
        SelfHarmThoughts, BloodPressureCheckBeforeDosing, SeeingOrHearingThings, BladderPainOrBloodInUrine,
        UnableToFunction, WithdrawalNotTolerable,
        WithdrawalSymptomsTolerable,
    ];

    /// <summary>The flag with this code, or null.</summary>
    public static RedFlag? ForCode(string? code) =>
        All.FirstOrDefault(f => string.Equals(f.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
