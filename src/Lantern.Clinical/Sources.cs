namespace Lantern.Clinical;

/// <summary>
/// How well a fact has been checked, as recorded in ../shared/reference/clinical.md.
/// There is deliberately no "Unverified" member: an unverified fact must not be encoded at all. The two
/// non-source members say honestly what a number is when it is not a published fact.
/// </summary>
public enum EvidenceStatus
{
    /// <summary>Read in the primary source or a faithful reproduction of it.</summary>
    Verified,

    /// <summary>Seen only in a secondary source; shown to users with that label.</summary>
    Secondary,

    /// <summary>
    /// A widely used convention whose primary source the reference could not confirm (clinical.md lists it as
    /// UNVERIFIED). It is never encoded as a fact or used to drive a safety decision: it is only offered with this
    /// label, e.g. "PHQ-9 remission (&lt; 5)".
    /// </summary>
    ConventionNotVerified,

    /// <summary>
    /// Lantern's own choice where no published source sets a rule (for example which action level a red flag gets,
    /// or the withdrawal checklist). Shown as "Lantern's own rule" so nobody mistakes it for a guideline.
    /// </summary>
    LanternPolicy,
}

/// <summary>A published source that a clinical rule or number comes from.</summary>
/// <remarks>
/// Where the fact is recorded in the project's clinical reference (<see cref="ReferenceSection"/>) is for engineers and
/// is <c>internal</c>: the web project cannot read it, so it can never reach a page, a message or a file. What people
/// see is the citation and its strength in plain words.
/// </remarks>
public sealed record Source
{
    /// <param name="key">Stable identifier, used in <see cref="SourceAttribute"/>.</param>
    /// <param name="citation">Human-readable citation.</param>
    /// <param name="status">How well the fact was checked.</param>
    /// <param name="referenceSection">For engineers: where the fact is recorded in the clinical reference, or the page we read.</param>
    /// <param name="link">DOI or URL of the source itself, when there is one.</param>
    public Source(string key, string citation, EvidenceStatus status, string referenceSection, string? link = null)
    {
        Key = key;
        Citation = citation;
        Status = status;
        ReferenceSection = referenceSection;
        Link = link;
    }

    public string Key { get; }

    public string Citation { get; }

    public EvidenceStatus Status { get; }

    /// <summary>For engineers and the clinical library's own tests only (see the remarks).</summary>
    internal string ReferenceSection { get; }

    public string? Link { get; }

    /// <summary>Stable lower-case code for <see cref="Status"/>, for JSON and the UI.</summary>
    public string StatusCode => Status.ToCode();

    /// <summary>Plain words for <see cref="Status"/> that can sit next to the rule on screen.</summary>
    public string StatusLabel => Status.ToLabel();

    /// <summary>
    /// The citation and its strength in plain words: what a person may read. A record would otherwise print every
    /// member, and the key and the reference section are for engineers, never for the screen.
    /// </summary>
    public override string ToString() => $"{Citation} ({StatusLabel})";
}

/// <summary>Marks a type or member with the source its numbers come from. The key names a <see cref="Refs"/> entry.</summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class SourceAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}

/// <summary>Every source Lantern cites. Add entries here, never inline citation strings elsewhere.</summary>
public static partial class Refs
{
    public static readonly Source Lifeline988 = new(
        nameof(Lifeline988),
        "988 Suicide & Crisis Lifeline (US): call or text 988, 24/7; press 1 for the Veterans Crisis Line.",
        EvidenceStatus.Verified, "clinical.md §7");

    public static readonly Source CrisisTextLineUs = new(
        nameof(CrisisTextLineUs),
        "Crisis Text Line (US): text HOME to 741741, 24/7, free.",
        EvidenceStatus.Verified, "clinical.md §7");

    public static readonly Source CrisisTextLineAffiliates = new(
        nameof(CrisisTextLineAffiliates),
        "Crisis Text Line affiliates: Canada 686868; UK 85258 (Shout); Ireland 086 1800 280.",
        EvidenceStatus.Secondary, "clinical.md §7");

    public static readonly Source FiresideProject = new(
        nameof(FiresideProject),
        "Fireside Project psychedelic peer support: call or text 62-FIRESIDE (623-473-7433); not for medical emergencies.",
        EvidenceStatus.Verified, "clinical.md §7");

    public static readonly Source UsEmergency911 = new(
        nameof(UsEmergency911),
        "US emergency number 911 for immediate danger.",
        EvidenceStatus.Verified, "clinical.md §7");

    public static readonly Source Samaritans = new(
        nameof(Samaritans),
        "Samaritans (UK and Ireland): 116 123, free, 24/7.",
        EvidenceStatus.Verified, "clinical.md §7");

    public static readonly Source Canada988 = new(
        nameof(Canada988),
        "9-8-8 Suicide Crisis Helpline (Canada): call or text 988, English/French, 24/7, live 30 Nov 2023 (Government of Canada release).",
        EvidenceStatus.Verified, "clinical.md §7");

    public static readonly Source CanadaEmergency911 = new(
        nameof(CanadaEmergency911),
        "Canada: 988 does not replace 911, which is still the number when someone is in danger (community summaries of the 988 launch).",
        EvidenceStatus.Secondary, "https://lifeunscripted.ca/9-8-8-a-new-canada-wide-suicide-help-line/");

    public static readonly Source LifelineAustralia = new(
        nameof(LifelineAustralia),
        "Lifeline Australia: 13 11 14, 24 hours.",
        EvidenceStatus.Verified, "clinical.md §7");

    public static readonly Source UkEmergency999 = new(
        nameof(UkEmergency999),
        "NHS mental health trusts: for all life-threatening emergencies call 999 or go to A&E (e.g. North West Boroughs Healthcare NHS FT, 'Help in a crisis').",
        EvidenceStatus.Verified, "http://www.nwbh.nhs.uk/contactus/Pages/Help-in-a-crisis.aspx");

    public static readonly Source IrelandEmergency112 = new(
        nameof(IrelandEmergency112),
        "HSE: always call 112 or 999 if someone is seriously ill or injured and their life is at risk; both free from any phone.",
        EvidenceStatus.Verified, "https://www2.hse.ie/emergencies/when-to-call-112-or-999/");

    public static readonly Source AustraliaEmergency000 = new(
        nameof(AustraliaEmergency000),
        "Queensland Ambulance Service: call Triple Zero (000) if someone needs urgent medical help.",
        EvidenceStatus.Verified, "https://ambulance.qld.gov.au/calling-an-ambulance");

    // Lazy because Refs is split over several partial files and the order in which their static initialisers run
    // is not defined: reading the fields eagerly here could see some of them still null.
    private static readonly Lazy<IReadOnlyDictionary<string, Source>> AllSources = new(() => typeof(Refs)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Source))
        .Select(f => (Source)f.GetValue(null)!)
        .ToDictionary(s => s.Key, StringComparer.Ordinal));

    /// <summary>All sources declared on <see cref="Refs"/>, by key.</summary>
    public static IReadOnlyDictionary<string, Source> All => AllSources.Value;
}
