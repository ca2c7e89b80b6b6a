using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tapering;

/// <summary>
/// The medicines the taper planner accepts and the formulations whose strengths we could source. A strength is
/// listed only when a label, SmPC or leaflet page names it, and a tablet is splittable only when that page says it
/// may be divided (scored or bisected for equal doses). Anything we could not source is left out, never guessed:
/// such a medicine is planned in mg with a note to ask the pharmacist. Products differ between countries and
/// makers, so the person's own pack always wins.
/// </summary>
public static class DrugCatalogue
{
    public const string CheckYourPack =
        "Strengths and whether a tablet may be split differ between makers and countries: check your own pack or ask "
            + "your pharmacist.";

    private const string NothingSourced =
        "We have not yet sourced the strengths this medicine comes in, so the plan is shown in mg only. Ask your "
            + "pharmacist which strengths and liquids you can get.";

    // --- Where each formulation fact was read (see FormulationSource for what the status means). ---
    private static readonly FormulationSource CitalopramStadaSmpc = new(
        "Citalopram STADA 10/20/30/40 mg film-coated tablets SmPC, section 3: 10 mg has no break-line; 20, 30 and 40 mg "
            + "have a break-line and 'can be divided into equal doses'",
        "https://docslib.org/doc/5307031/1-summary-of-product-characteristics-1-name-of", EvidenceStatus.Secondary);

    private static readonly FormulationSource CitalopramSolutionNdc = new(
        "FDA National Drug Code directory (openFDA), NDC 0054-0062: citalopram oral solution 10 mg/5mL (Hikma), 240 mL bottle",
        "https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%220054-0062%22", EvidenceStatus.Verified);

    private static readonly FormulationSource CitalopramDropsMedscape = new(
        "Medscape UK, citalopram oral drops: CIPRAMIL 2 mg/drop (40 mg/ml) oral drops",
        "https://www.medscape.co.uk/drug/citalopram-oral-drops-70091-70091", EvidenceStatus.Secondary);

    private static readonly FormulationSource CitalopramDropsEmc = new(
        "eMC patient leaflet, Citalopram 40mg/ml Oral Drops, solution (PL 20046/0053)",
        "https://www.medicines.org.uk/emc/product/3349/pil", EvidenceStatus.Verified);

    private static readonly FormulationSource CipralexSmpc = new(
        "Cipralex (escitalopram) 10 mg and 20 mg film-coated tablets SmPC, section 3 (Estonian): scored, 'can be divided "
            + "into equal doses'",
        "https://rx.ee/c/5859-cipralex-tabl-10mg-n14-n20-n28-n49-n50-n56-n98-n100-n200-n500?start=2", EvidenceStatus.Secondary);

    private static readonly FormulationSource EscitalopramGlenmarkEmc = new(
        "eMC patient leaflet, Escitalopram 5 mg, 10 mg, 20 mg film-coated tablets (Glenmark, PL 25258/0142)",
        "https://www.medicines.org.uk/emc/product/9906/pil", EvidenceStatus.Verified);

    private static readonly FormulationSource EscitalopramSolutionDailyMed = new(
        "DailyMed, Escitalopram Oral Solution (Chartwell RX), section 3: escitalopram oxalate equivalent to 1 mg/mL",
        "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=0458445b-e431-4c82-86b8-90373813c10a", EvidenceStatus.Verified);

    private static readonly FormulationSource ProzacUsLabel = new(
        "PROZAC (fluoxetine) US label, Dosage Forms and Strengths: 10 mg, 20 mg and 40 mg Pulvules (capsules)",
        "https://www.rxreasoner.com/monographs/10615", EvidenceStatus.Secondary);

    private static readonly FormulationSource FluoxetineSolutionEmc = new(
        "eMC patient leaflet, Fluoxetine 20mg/5ml Oral Solution (Thame Laboratories)",
        "https://medicines.org.uk/emc/product/14172/xpil/print", EvidenceStatus.Verified);

    private static readonly FormulationSource SeroxatTabletsLeaflet = new(
        "Seroxat 10 mg film-coated tablets leaflet (also 20 mg and 30 mg); nothing about dividing into equal doses",
        "https://www.drugs.com/uk/paroxetine-10-mg-film-coated-tablets-leaflet.html", EvidenceStatus.Secondary);

    private static readonly FormulationSource SeroxatSuspensionLeaflet = new(
        "Seroxat 20 mg/10 ml oral suspension leaflet: each 5 ml contains 10 mg paroxetine",
        "https://patient-info.co.uk/paroxetine-20-mg-10ml-oral-suspension-seroxat-20-mg-10-ml-oral-suspension-97690/patient-leaflet",
        EvidenceStatus.Secondary);

    private static readonly FormulationSource SertralineUsLabel = new(
        "Sertraline Tablets USP label, Description: film-coated tablets with a bisecting line, 25, 50 and 100 mg",
        "https://www.prescriptiondrugs.com/sertraline-tablets-usp-rx-only/", EvidenceStatus.Secondary);

    private static readonly FormulationSource SertralineSolutionLabel = new(
        "Sertraline Hydrochloride Oral Solution USP label (Rising, ANDA078861): 20 mg/mL; must be diluted before use",
        "https://realvalueproducts.com/products/sertraline-hcl-oral-concentrate-20mgml-liq-60ml", EvidenceStatus.Secondary);

    private static readonly FormulationSource Venlafaxine375SolutionMaker = new(
        "Rosemont Pharmaceuticals, Venlafaxine 37.5mg/5ml and 75mg/5ml Oral Solution abbreviated prescribing information",
        "https://www.rosemontpharma.com/venlafaxine-oral-solution-abbreviated-prescribing-information/", EvidenceStatus.Verified);

    private static readonly FormulationSource Venlafaxine75SolutionEmc = new(
        "eMC SmPC, Venlafaxine 75mg/5ml Oral Solution (Rosemont)",
        "https://medicines.org.uk/emc/product/12750/smpc/print", EvidenceStatus.Verified);

    private static readonly FormulationSource VenlafaxinePrTabletsSmpc = new(
        "Venlafaxin Medical Valley 37.5 mg prolonged-release tablets SmPC: prolonged-release tablet, no score line",
        "https://studylib.net/doc/9476739/venlafaxin-medical-valley-37.5mg-prolonged", EvidenceStatus.Secondary);

    private static readonly FormulationSource DuloxetineStrengthsLabel = new(
        "Duloxetine delayed-release capsules label (Breckenridge), How Supplied: 20, 30 and 60 mg",
        "https://realvalueproducts.com/products/duloxetine-hcl-dr-cp-30mg-90", EvidenceStatus.Secondary);

    private static readonly FormulationSource DuloxetineWholeLabel = new(
        "Duloxetine delayed-release capsules label, section 2: swallow whole; do not chew, crush or open the capsule",
        "https://fda.report/DailyMed/f535fcd2-a50a-4423-85d9-705fd2d9a470/", EvidenceStatus.Secondary);

    private static readonly FormulationSource DesvenlafaxineMaker = new(
        "Slate Run Pharmaceuticals, desvenlafaxine extended-release tablets 25, 50 and 100 mg",
        "http://www.slaterunpharma.com/products/desvenlafaxine/", EvidenceStatus.Verified);

    private static readonly FormulationSource DesvenlafaxineWholeMims = new(
        "MIMS desvenlafaxine dosage: extended-release tablet should be swallowed whole and not divided, crushed, chewed "
            + "or dissolved",
        "https://uat.mimsdev.com/thailand/drug/info/desfoxine/dosage", EvidenceStatus.Secondary);

    private static readonly FormulationSource BrintellixSmpc = new(
        "Brintellix 5 mg film-coated tablets SmPC (EU), section 3: film-coated tablet, no score line",
        "https://docslib.org/doc/9661681/brintellix-vortioxetine-hydrobromide", EvidenceStatus.Secondary);

    private static readonly FormulationSource BrintellixDropsLeaflet = new(
        "Brintellix 20 mg/ml oral drops, solution, patient leaflet (Spain)",
        "https://oladoctor.com/pt/medicamentos/spain/brintellix-20-mgml-gotas-orales-en-solucion", EvidenceStatus.Secondary);

    private static readonly FormulationSource AlprazolamUsLabel = new(
        "Alprazolam Tablets USP label (PD-Rx): 0.25, 0.5, 1 and 2 mg; nothing about dividing",
        "http://www.drugs-library.com/drugs/alprazolam-_48d8b759.html", EvidenceStatus.Secondary);

    private static readonly FormulationSource ClonazepamMylanLabel = new(
        "Clonazepam Tablets USP label (Mylan): 0.5, 1 and 2 mg round scored tablets",
        "https://pillsync.com/drug/clonazepam-05-mg-oral-tablet/round_yellow_M-C-13/0378-1910/9af9e5de-69a6-48b3-aa53-f0a7898d51e7",
        EvidenceStatus.Secondary);

    private static readonly FormulationSource DiazepamTabletsLeaflet = new(
        "Diazepam 2 mg, 5 mg and 10 mg tablets leaflet (UK): 2 mg and 5 mg plain; the 10 mg score line is not said to "
            + "give equal doses",
        "https://www.drugs.com/uk/diazepam-5mg-leaflet.html", EvidenceStatus.Secondary);

    private static readonly FormulationSource DiazepamSuspensionLeaflet = new(
        "Diazepam 2 mg/5 ml and 5 mg/5 ml Oral Suspension leaflet (UK)",
        "https://www.drugs.com/uk/diazepam-5mg-5ml-oral-suspension-leaflet.html", EvidenceStatus.Secondary);

    private static readonly FormulationSource LorazepamUsLabel = new(
        "Lorazepam Tablets USP label, How Supplied: 0.5 mg plain; 1 mg and 2 mg debossed above and below the bisect",
        "https://medlibrary.org/lib/rx/meds/lorazepam-7/page/3/", EvidenceStatus.Secondary);

    private static readonly FormulationSource TemazepamTabletsLeaflet = new(
        "Temazepam 10mg and 20mg tablets leaflet (Genus, MHRA record); nothing about dividing",
        "https://myhealthbox.eu/en/temazepam-10mg-tablets/4192214", EvidenceStatus.Secondary);

    private static readonly FormulationSource TemazepamSolutionEmc = new(
        "eMC patient leaflet, Temazepam 10mg/5ml Oral Solution (PL 20046/0054)",
        "https://www.medicines.org.uk/emc/product/3373/pil", EvidenceStatus.Verified);

    private static readonly FormulationSource Zopiclone75Smpc = new(
        "Zopiclone 7.5 mg film-coated tablets SmPC (eMC product 10590), section 3: break line, 'can be divided into "
            + "equal doses' (read on a third-party copy)",
        "http://medicoreinc.com/fhrms/product/10590/smpc.php", EvidenceStatus.Secondary);

    private static readonly FormulationSource Zopiclone375Smpc = new(
        "Zopiclone 3.75 mg film-coated tablets SmPC (eMC product 10830), section 3: plain, no break line (read on a "
            + "third-party copy)",
        "http://medicoreinc.com/fhrms/product/10830/smpc.php", EvidenceStatus.Secondary);

    [Source(nameof(Refs.CitalopramDropsBioavailability))]
    private const string CitalopramDropsCaution =
        "Citalopram drops are not mg-for-mg the same as tablets: the drops' SPC says 8 mg (4 drops) corresponds to a "
            + "10 mg tablet. Do not switch between tablets and drops without your prescriber.";

    private static readonly TaperDrug[] Drugs =
    [
        new("citalopram", "Citalopram", DrugClass.Antidepressant,
        [
            new("tablets", FormulationKind.Tablet, "Film-coated tablets",
                [new(10m), new(20m, Splitting.Halves), new(30m, Splitting.Halves), new(40m, Splitting.Halves)],
                null, null, [CitalopramStadaSmpc]),
            new("oral-solution-2-mg-per-ml", FormulationKind.OralLiquid, "Oral solution 10 mg/5 mL (2 mg/mL)",
                [], 2m, null, [CitalopramSolutionNdc]),
            new("oral-drops-40-mg-per-ml", FormulationKind.OralDrops, "Oral drops 40 mg/ml (2 mg per drop)",
                [], 40m, 2m, [CitalopramDropsMedscape, CitalopramDropsEmc], CitalopramDropsCaution),
        ]),
        new("escitalopram", "Escitalopram", DrugClass.Antidepressant,
        [
            new("tablets", FormulationKind.Tablet, "Film-coated tablets",
                [new(5m), new(10m, Splitting.Halves), new(20m, Splitting.Halves)],
                null, null, [EscitalopramGlenmarkEmc, CipralexSmpc]),
            new("oral-solution-1-mg-per-ml", FormulationKind.OralLiquid, "Oral solution 1 mg/mL",
                [], 1m, null, [EscitalopramSolutionDailyMed]),
        ]),
        new("fluoxetine", "Fluoxetine", DrugClass.Antidepressant,
        [
            new("capsules", FormulationKind.Capsule, "Capsules", [new(10m), new(20m), new(40m)], null, null, [ProzacUsLabel]),
            new("oral-solution-4-mg-per-ml", FormulationKind.OralLiquid, "Oral solution 20 mg/5 ml (4 mg/mL)",
                [], 4m, null, [FluoxetineSolutionEmc]),
        ]),
        new("paroxetine", "Paroxetine", DrugClass.Antidepressant,
        [
            new("tablets", FormulationKind.Tablet, "Film-coated tablets", [new(10m), new(20m), new(30m)], null, null, [SeroxatTabletsLeaflet]),
            new("oral-suspension-2-mg-per-ml", FormulationKind.OralLiquid, "Oral suspension 10 mg/5 ml (2 mg/mL)",
                [], 2m, null, [SeroxatSuspensionLeaflet]),
        ]),
        new("sertraline", "Sertraline", DrugClass.Antidepressant,
        [
            new("tablets", FormulationKind.Tablet, "Film-coated tablets with a bisecting line",
                [new(25m, Splitting.Halves), new(50m, Splitting.Halves), new(100m, Splitting.Halves)],
                null, null, [SertralineUsLabel]),
            new("oral-concentrate-20-mg-per-ml", FormulationKind.OralLiquid, "Oral solution (concentrate) 20 mg/mL",
                [], 20m, null, [SertralineSolutionLabel], "Must be diluted before taking, as the label describes."),
        ]),
        new("venlafaxine", "Venlafaxine", DrugClass.Antidepressant,
        [
            new("oral-solution-7.5-mg-per-ml", FormulationKind.OralLiquid, "Oral solution 37.5 mg/5 ml (7.5 mg/mL)",
                [], 7.5m, null, [Venlafaxine375SolutionMaker]),
            new("oral-solution-15-mg-per-ml", FormulationKind.OralLiquid, "Oral solution 75 mg/5 ml (15 mg/mL)",
                [], 15m, null, [Venlafaxine75SolutionEmc, Venlafaxine375SolutionMaker]),
            new("prolonged-release-tablets", FormulationKind.Tablet, "Prolonged-release tablets (swallow whole)",
                [new(37.5m)], null, null, [VenlafaxinePrTabletsSmpc]),
        ], "Immediate-release and extended-release venlafaxine are taken differently; keep to the form you were prescribed."),
        new("duloxetine", "Duloxetine", DrugClass.Antidepressant,
        [
            new("delayed-release-capsules", FormulationKind.Capsule, "Delayed-release capsules (swallow whole; do not open)",
                [new(20m), new(30m), new(60m)], null, null, [DuloxetineStrengthsLabel, DuloxetineWholeLabel]),
        ], "We found no oral liquid of duloxetine; small steps may need a compounded strength."),
        new("desvenlafaxine", "Desvenlafaxine", DrugClass.Antidepressant,
        [
            new("extended-release-tablets", FormulationKind.Tablet, "Extended-release tablets (swallow whole; do not divide)",
                [new(25m), new(50m), new(100m)], null, null, [DesvenlafaxineMaker, DesvenlafaxineWholeMims]),
        ], "We found no oral liquid of desvenlafaxine; small steps may need a compounded strength."),
        new("vortioxetine", "Vortioxetine", DrugClass.Antidepressant,
        [
            new("tablets", FormulationKind.Tablet, "Film-coated tablets", [new(5m)], null, null, [BrintellixSmpc]),
            new("oral-drops-20-mg-per-ml", FormulationKind.OralLiquid, "Oral drops 20 mg/ml (shown in mL)",
                [], 20m, null, [BrintellixDropsLeaflet],
                "Supplied as drops. We could not source the mg per drop, so doses are shown in mL: ask your pharmacist how to measure them."),
        ]),
        new("alprazolam", "Alprazolam", DrugClass.Benzodiazepine,
        [
            new("tablets", FormulationKind.Tablet, "Tablets", [new(0.25m), new(0.5m), new(1m), new(2m)], null, null, [AlprazolamUsLabel]),
        ]),
        new("chlordiazepoxide", "Chlordiazepoxide", DrugClass.Benzodiazepine, [], NothingSourced),
        new("clobazam", "Clobazam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("clonazepam", "Clonazepam", DrugClass.Benzodiazepine,
        [
            new("tablets", FormulationKind.Tablet, "Scored tablets",
                [new(0.5m, Splitting.Halves), new(1m, Splitting.Halves), new(2m, Splitting.Halves)],
                null, null, [ClonazepamMylanLabel]),
        ]),
        new("clorazepate", "Clorazepate", DrugClass.Benzodiazepine, [], NothingSourced),
        new("diazepam", "Diazepam", DrugClass.Benzodiazepine,
        [
            new("tablets", FormulationKind.Tablet, "Tablets", [new(2m), new(5m), new(10m)], null, null, [DiazepamTabletsLeaflet]),
            new("oral-suspension-0.4-mg-per-ml", FormulationKind.OralLiquid, "Oral suspension 2 mg/5 ml (0.4 mg/mL)",
                [], 0.4m, null, [DiazepamSuspensionLeaflet]),
            new("oral-suspension-1-mg-per-ml", FormulationKind.OralLiquid, "Oral suspension 5 mg/5 ml (1 mg/mL)",
                [], 1m, null, [DiazepamSuspensionLeaflet]),
        ]),
        new("estazolam", "Estazolam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("flurazepam", "Flurazepam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("loprazolam", "Loprazolam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("lorazepam", "Lorazepam", DrugClass.Benzodiazepine,
        [
            new("tablets", FormulationKind.Tablet, "Tablets (1 mg and 2 mg bisected)",
                [new(0.5m), new(1m, Splitting.Halves), new(2m, Splitting.Halves)], null, null, [LorazepamUsLabel]),
        ]),
        new("lormetazepam", "Lormetazepam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("nitrazepam", "Nitrazepam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("oxazepam", "Oxazepam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("quazepam", "Quazepam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("temazepam", "Temazepam", DrugClass.Benzodiazepine,
        [
            new("tablets", FormulationKind.Tablet, "Tablets", [new(10m), new(20m)], null, null, [TemazepamTabletsLeaflet]),
            new("oral-solution-2-mg-per-ml", FormulationKind.OralLiquid, "Oral solution 10 mg/5 ml (2 mg/mL)",
                [], 2m, null, [TemazepamSolutionEmc]),
        ]),
        new("triazolam", "Triazolam", DrugClass.Benzodiazepine, [], NothingSourced),
        new("zolpidem", "Zolpidem", DrugClass.ZDrug, [], NothingSourced),
        new("zopiclone", "Zopiclone", DrugClass.ZDrug,
        [
            new("tablets", FormulationKind.Tablet, "Film-coated tablets",
                [new(3.75m), new(7.5m, Splitting.Halves)], null, null, [Zopiclone375Smpc, Zopiclone75Smpc]),
        ]),
    ];

    /// <summary>Every medicine the planner accepts, alphabetically within class.</summary>
    public static IReadOnlyList<TaperDrug> All => Drugs;

    /// <summary>Generic names the planner accepts.</summary>
    public static IReadOnlyList<string> AcceptedNames { get; } = [.. Drugs.Select(d => d.Name).Order(StringComparer.Ordinal)];

    /// <summary>The medicine with this generic name (trimmed, case-folded), or null.</summary>
    public static TaperDrug? Find(string? name)
    {
        var key = InputErrors.NormaliseName(name);
        return Drugs.FirstOrDefault(d => d.Name == key);
    }
}
