using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Costs;

/// <summary>
/// Adds up published per-session prices into a course total and a monthly booster cost. Arithmetic only: the number
/// of sessions and boosters is the person's (and their prescriber's) choice, and every price is a dated published
/// range from <see cref="CostFigures"/>. It never fills a missing row with a guess.
/// </summary>
public static class CostEstimator
{
    public const int MaxSessionsInCourse = 52;
    public const decimal MaxQuotedPrice = 100_000m;

    public const string Caution =
        "This is an estimate built from published price ranges, not a quote. Prices differ between clinics and places, and "
            + "they change over time. Before you start, ask the clinic for the total in writing, and ask what it includes.";

    public static IReadOnlyList<InputError> Validate(CostRequest? request)
    {
        var errors = new List<InputError>();
        Parse(request, errors);
        return errors;
    }

    /// <exception cref="ClinicalInputException">Every invalid field, named as in the JSON request.</exception>
    [Source(nameof(Refs.Bloomberg2022AtHomeKetamine))]
    [Source(nameof(Refs.CrainsNewYork2022KetamineCosts))]
    [Source(nameof(Refs.Stat2019SpravatoListPrice))]
    public static CostEstimate Estimate(CostRequest? request)
    {
        var errors = new List<InputError>();
        var (route, sessions, boosters, insurance) = Parse(request, errors);
        InputErrors.ThrowIfAny(errors);

        var perMonth = boosters.SessionsPerMonth();
        var lines = new List<CostLine>();
        var gaps = new List<CostGap>();

        // The price without insurance is always shown: it is what a person pays if their plan says no, and for
        // at-home and IV care the dated sources say that is the usual case.
        if (CostFigures.For(route, Payer.SelfPay) is { } selfPay)
        {
            var label = insurance == InsuranceStatus.No ? "Without insurance" : "Without insurance, or if your plan does not pay";
            lines.Add(Line(label, selfPay.PerSession, sessions, perMonth, selfPay));
        }

        if (insurance != InsuranceStatus.No)
        {
            if (CostFigures.For(route, Payer.Insured) is { } insured)
            {
                lines.Add(Line("With insurance", insured.PerSession, sessions, perMonth, insured));
            }
            else
            {
                gaps.Add(CostFigures.InsuredGap(route));
            }
        }

        var fromQuote = request!.QuotedPricePerSession is { } quote
            ? Line("From the price you were quoted", new PriceRange(quote, quote), sessions, perMonth, null)
            : null;

        var sources = lines.Where(l => l.Figure is not null).Select(l => l.Figure!.Source)
            .Concat(gaps.Where(g => g.Note is not null).Select(g => g.Note!.Source))
            .DistinctBy(s => s.Key)
            .ToArray();

        return new CostEstimate(route, insurance, sessions, boosters, lines, gaps, fromQuote, Caution, sources);
    }

    private static CostLine Line(string label, PriceRange perSession, int sessions, int boostersPerMonth, CostFigure? figure) =>
        new(label, perSession, perSession.Times(sessions), perSession.Times(boostersPerMonth), figure);

    private static (TreatmentRoute Route, int Sessions, BoosterFrequency Boosters, InsuranceStatus Insurance) Parse(
        CostRequest? request, List<InputError> errors)
    {
        if (request is null)
        {
            errors.Add(new InputError("route", "Choose how the ketamine would be given.", CostCodes.RouteCodes));
            errors.Add(new InputError("sessionsInCourse", $"Enter the number of sessions in the course, from 1 to {MaxSessionsInCourse}."));
            return default;
        }

        var route = CostCodes.ParseRoute(request.Route, errors);
        var boosters = CostCodes.ParseBoosters(request.Boosters, errors);
        var insurance = CostCodes.ParseInsurance(request.Insurance, errors);

        if (request.SessionsInCourse is not { } sessions || sessions < 1 || sessions > MaxSessionsInCourse)
        {
            errors.Add(new InputError("sessionsInCourse", $"Enter the number of sessions in the course, from 1 to {MaxSessionsInCourse}."));
            sessions = 0;
        }

        if (request.QuotedPricePerSession is { } quote && (quote <= 0m || quote > MaxQuotedPrice))
        {
            errors.Add(new InputError("quotedPricePerSession", "A quoted price must be more than $0 and at most $100,000, or left empty."));
        }

        return (route ?? default, sessions, boosters ?? default, insurance ?? default);
    }
}
