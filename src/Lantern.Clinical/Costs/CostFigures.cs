namespace Lantern.Clinical.Costs;

/// <summary>
/// Every published price the estimator uses, each with its source and the date of the figure. Only figures we could
/// read in a dated source are here: a route and payer with no such figure is a <see cref="CostGap"/>, never a guess.
/// The guide source's "$200 to $600 per session" is not used: no dated published source supporting it was found.
/// </summary>
public static class CostFigures
{
    [Source(nameof(Refs.Bloomberg2022AtHomeKetamine))]
    public static readonly CostFigure AtHomeSelfPay = new(
        TreatmentRoute.AtHomeLozenges, Payer.SelfPay, new PriceRange(167m, 200m),
        "One at-home session from a telehealth company: the lozenges and the company's online support.",
        "November 2022", Refs.Bloomberg2022AtHomeKetamine);

    [Source(nameof(Refs.CrainsNewYork2022KetamineCosts))]
    public static readonly CostFigure IvSelfPay = new(
        TreatmentRoute.IvInClinic, Payer.SelfPay, new PriceRange(500m, 1000m),
        "One infusion at the self-pay rates New York City clinics posted. Prices elsewhere may be lower or higher.",
        "3 May 2022", Refs.CrainsNewYork2022KetamineCosts);

    [Source(nameof(Refs.Stat2019SpravatoListPrice))]
    public static readonly CostFigure EsketamineSelfPay = new(
        TreatmentRoute.Esketamine, Payer.SelfPay, new PriceRange(590m, 885m),
        "The medicine only, at its 2019 list price (56 mg or 84 mg). The clinic's visit and 2 hours of watching you are billed on top.",
        "22 March 2019", Refs.Stat2019SpravatoListPrice);

    [Source(nameof(Refs.BhBusiness2022AtHomeInsurance))]
    public static readonly CoverageNote AtHomeInsurance = new(
        TreatmentRoute.AtHomeLozenges,
        "A large at-home provider did not take any insurance plans, so people paid the whole price themselves.",
        "25 May 2022", Refs.BhBusiness2022AtHomeInsurance);

    [Source(nameof(Refs.KffHealthNews2024KetamineInsurance))]
    public static readonly CoverageNote IvInsurance = new(
        TreatmentRoute.IvInClinic,
        "Most insurance does not cover ketamine for mental health, so most people pay the whole price themselves.",
        "January 2024", Refs.KffHealthNews2024KetamineInsurance);

    public static IReadOnlyList<CostFigure> All { get; } = [AtHomeSelfPay, IvSelfPay, EsketamineSelfPay];

    public static IReadOnlyList<CoverageNote> CoverageNotes { get; } = [AtHomeInsurance, IvInsurance];

    /// <summary>The published figure for a route and payer, or null when none was found.</summary>
    public static CostFigure? For(TreatmentRoute route, Payer payer) =>
        All.FirstOrDefault(f => f.Route == route && f.Payer == payer);

    /// <summary>
    /// Why there is no insured figure for a route. No dated source gave what people with insurance pay for any route,
    /// so every route has this gap; the coverage note, when there is one, says what was published instead.
    /// </summary>
    public static CostGap InsuredGap(TreatmentRoute route) => route switch
    {
        TreatmentRoute.AtHomeLozenges => new CostGap(route, Payer.Insured,
            "We found no dated, published figure for what people with insurance pay for at-home ketamine, so there is no insured row. Plan on the price without insurance.",
            AtHomeInsurance),
        TreatmentRoute.IvInClinic => new CostGap(route, Payer.Insured,
            "We found no dated, published figure for what people with insurance pay for IV ketamine, so there is no insured row. Plan on the price without insurance.",
            IvInsurance),
        TreatmentRoute.Esketamine => new CostGap(route, Payer.Insured,
            "We found no dated, published figure for what people with insurance pay for esketamine, so there is no insured row. "
                + "Your plan sets your share. The maker runs a savings program for some people with private insurance: ask the clinic and your insurer.",
            null),
    };
}
