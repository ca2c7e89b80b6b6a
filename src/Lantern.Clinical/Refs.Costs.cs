namespace Lantern.Clinical;

// Sources behind the cost estimator (Costs/). Prices are not in clinical.md: each entry names the page we read and
// the date its figure was published. News and vendor pages are SECONDARY: nobody publishes a primary price list.
public static partial class Refs
{
    public static readonly Source Stat2019SpravatoListPrice = new(
        nameof(Stat2019SpravatoListPrice),
        "STAT (Pharmalot), 22 March 2019: Johnson & Johnson set a list price of $590 to $885 per SPRAVATO (esketamine) "
            + "treatment session, depending on dose; the first month of therapy $4,720 to $6,785 and later months $2,360 to "
            + "$3,540. The same $590 or $885 list price is reported by Scrip (March 2019). The price is for the medicine; "
            + "the clinic's visit and observation are billed separately.",
        EvidenceStatus.Secondary,
        "https://www.statnews.com/pharmalot/2019/03/22/antidepressants-cost-effective-johnson-and-johnson/",
        "https://www.statnews.com/pharmalot/2019/03/22/antidepressants-cost-effective-johnson-and-johnson/");

    public static readonly Source CrainsNewYork2022KetamineCosts = new(
        nameof(CrainsNewYork2022KetamineCosts),
        "Crain's New York Business, 'Psychedelic therapy providers get creative as costs trip up patients', 3 May 2022: "
            + "self-pay ketamine infusions in New York City cost about $500 to $1,000 per session, according to rates posted "
            + "by local clinics; a course is typically six or more sessions.",
        EvidenceStatus.Secondary,
        "https://www.crainsnewyork.com/health-care/nyc-psychedelic-therapy-providers-get-creative-costs-trip-patients",
        "https://www.crainsnewyork.com/health-care/nyc-psychedelic-therapy-providers-get-creative-costs-trip-patients");

    public static readonly Source Bloomberg2022AtHomeKetamine = new(
        nameof(Bloomberg2022AtHomeKetamine),
        "Bloomberg News, November 2022, republished by Crain's Detroit Business as 'Telehealth ketamine treatments could "
            + "get tougher': some at-home ketamine companies offer sessions for as little as $167; Mindbloom charges roughly "
            + "$200 per treatment.",
        EvidenceStatus.Secondary,
        "https://www.crainsdetroit.com/health-care/telehealth-ketamine-treatments-could-get-tougher",
        "https://www.crainsdetroit.com/health-care/telehealth-ketamine-treatments-could-get-tougher");

    public static readonly Source BhBusiness2022AtHomeInsurance = new(
        nameof(BhBusiness2022AtHomeInsurance),
        "Behavioral Health Business, 25 May 2022, on Mindbloom, an at-home ketamine provider: the company did not accept "
            + "any insurance plans.",
        EvidenceStatus.Secondary,
        "https://bhbusiness.com/2022/05/25/ketamine-integration-with-mental-health-providers-see-growth-and-positive-outcomes-but-challenges-ahead/",
        "https://bhbusiness.com/2022/05/25/ketamine-integration-with-mental-health-providers-see-growth-and-positive-outcomes-but-challenges-ahead/");

    public static readonly Source KffHealthNews2024KetamineInsurance = new(
        nameof(KffHealthNews2024KetamineInsurance),
        "KFF Health News (also run by NPR), 'Ketamine Therapy for Mental Health a \"Wild West\" for Doctors and Patients', "
            + "January 2024: most insurance does not cover ketamine for mental health, so patients pay out of pocket.",
        EvidenceStatus.Secondary,
        "https://kffhealthnews.org/news/article/ketamine-therapy-hallucinogenic-mental-health-unregulated/",
        "https://kffhealthnews.org/news/article/ketamine-therapy-hallucinogenic-mental-health-unregulated/");
}
