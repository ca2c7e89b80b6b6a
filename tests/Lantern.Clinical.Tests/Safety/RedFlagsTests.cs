using System.Text.RegularExpressions;
using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Vitals;

namespace Lantern.Clinical.Tests.Safety;

public sealed partial class RedFlagsTests
{
    // The catalogue the issue asks for, with the level Lantern's safety policy gives each sign.
    public static TheoryData<string, ActionLevel> Catalogue => new()
    {
        { "suicidal-thoughts-right-now", ActionLevel.Emergency },
        { "suicidal-thoughts", ActionLevel.Emergency },
        { "self-harm-thoughts", ActionLevel.ContactProviderToday },
        { "bp-urgent", ActionLevel.Emergency },
        { "bp-check-before-dosing", ActionLevel.ContactProviderToday },
        { "chest-pain", ActionLevel.Emergency },
        { "trouble-breathing", ActionLevel.Emergency },
        { "seeing-or-hearing-things", ActionLevel.ContactProviderToday },
        { "severe-confusion", ActionLevel.Emergency },
        { "bladder-pain-or-blood-in-urine", ActionLevel.ContactProviderToday },
        { "unable-to-function", ActionLevel.ContactProviderToday },
        { "withdrawal-not-tolerable", ActionLevel.ContactProviderToday },
        { "withdrawal-symptoms-tolerable", ActionLevel.MentionAtNextVisit },
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void ForCode_EachCatalogueSign_HasItsActionLevel(string code, ActionLevel level)
    {
        var flag = RedFlags.ForCode(code);

        Assert.NotNull(flag);
        Assert.Equal(level, flag.Level);
    }

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void ForCode_EachCatalogueSign_HasPlainWordsAndSources(string code, ActionLevel level)
    {
        _ = level;
        var flag = RedFlags.ForCode(code)!;

        Assert.False(string.IsNullOrWhiteSpace(flag.Title));
        Assert.False(string.IsNullOrWhiteSpace(flag.Trigger));
        Assert.NotEmpty(flag.Sources);

        // Plain words: no clinical jargon, short sentences a frightened person can take in.
        foreach (var jargon in new[] { "hypertensive", "ideation", "contraindicat", "psychosis", "haematuria", "MME", "cystitis", "dyspnoea" })
        {
            Assert.DoesNotContain(jargon, flag.WhatToDo, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var sentence in SentenceEnd().Split(flag.WhatToDo).Where(s => s.Length > 0))
        {
            Assert.True(sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 30, $"Sentence too long in {code}: {sentence}");
        }
    }

    [Fact]
    public void All_CoversExactlyTheCatalogueWithUniqueCodes()
    {
        Assert.Equal(Catalogue.Count, RedFlags.All.Count);
        Assert.Equal(RedFlags.All.Count, RedFlags.All.Select(f => f.Code).Distinct().Count());
    }

    // What each sign's crisis route leads with: crisis lines, the emergency number, or the provider today.
    public static TheoryData<string, CrisisKind?> Kinds => new()
    {
        { "suicidal-thoughts-right-now", CrisisKind.MentalHealthCrisis },
        { "suicidal-thoughts", CrisisKind.MentalHealthCrisis },
        { "self-harm-thoughts", CrisisKind.MentalHealthCrisis },
        { "unable-to-function", CrisisKind.MentalHealthCrisis },
        { "seeing-or-hearing-things", CrisisKind.MentalHealthCrisis },
        { "bp-urgent", CrisisKind.MedicalEmergency },
        { "chest-pain", CrisisKind.MedicalEmergency },
        { "trouble-breathing", CrisisKind.MedicalEmergency },
        { "severe-confusion", CrisisKind.MedicalEmergency },
        { "bp-check-before-dosing", CrisisKind.UrgentSameDayCare },
        { "bladder-pain-or-blood-in-urine", CrisisKind.UrgentSameDayCare },
        { "withdrawal-not-tolerable", CrisisKind.UrgentSameDayCare },
        { "withdrawal-symptoms-tolerable", null },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ForCode_EachCatalogueSign_HasItsCrisisKind(string code, CrisisKind? kind) =>
        Assert.Equal(kind, RedFlags.ForCode(code)!.Kind);

    [Fact]
    public void Kinds_CoverTheWholeCatalogue() =>
        Assert.Equal(RedFlags.All.Select(f => f.Code).Order(), Kinds.Select(row => row.Data.Item1).Order());

    [Fact]
    public void All_MedicalEmergencies_AreEmergencyLevel_SoTheyMayLeadAnyMix() =>
        Assert.All(RedFlags.All.Where(f => f.Kind == CrisisKind.MedicalEmergency), f => Assert.Equal(ActionLevel.Emergency, f.Level));

    [Fact]
    public void All_OnlyNextVisitSignsNeedNoRoute() =>
        Assert.All(RedFlags.All, f => Assert.Equal(f.Level == ActionLevel.MentionAtNextVisit, f.Kind is null));

    [Fact]
    public void Needed_BloodPressureCrisisWithItem9_EmergencyCareLeadsThenCrisisLines() =>
        Assert.Equal(
            [CrisisKind.MedicalEmergency, CrisisKind.MentalHealthCrisis],
            CrisisKinds.Needed([RedFlags.SelfHarmThoughts, RedFlags.BloodPressureUrgent]));

    [Fact]
    public void Needed_MentalHealthAndSameDay_MentalHealthLeads_NextVisitSignsAddNothing() =>
        Assert.Equal(
            [CrisisKind.MentalHealthCrisis, CrisisKind.UrgentSameDayCare],
            CrisisKinds.Needed([RedFlags.WithdrawalSymptomsTolerable, RedFlags.WithdrawalNotTolerable, RedFlags.UnableToFunction]));

    [Fact]
    public void KindCodes_AreStable() =>
        Assert.Equal(
            ["mental-health-crisis", "medical-emergency", "urgent-same-day-care"],
            Enum.GetValues<CrisisKind>().Select(k => k.ToCode()));

    [Fact]
    public void All_EmergencyLevel_AlwaysShowsCrisisResources() =>
        Assert.All(RedFlags.All.Where(f => f.Level == ActionLevel.Emergency), f => Assert.True(f.ShowCrisisResources));

    [Fact]
    public void All_SelfHarmSigns_ShowCrisisResources()
    {
        Assert.True(RedFlags.SuicidalThoughtsRightNow.ShowCrisisResources);
        Assert.True(RedFlags.SuicidalThoughts.ShowCrisisResources);
        Assert.True(RedFlags.SelfHarmThoughts.ShowCrisisResources);
    }

    [Fact]
    public void All_LevelsChosenByLantern_SayLanternPolicy()
    {
        // Every level is Lantern's choice except the dosing-day BP check, whose "check with your provider before
        // dosing" wording comes straight from the issue and its sources.
        Assert.All(
            RedFlags.All.Where(f => f != RedFlags.BloodPressureCheckBeforeDosing),
            f => Assert.Contains(f.Sources, s => s.Status == EvidenceStatus.LanternPolicy));
    }

    [Fact]
    public void LevelCodes_AreTheIssuesThreeCodes() =>
        Assert.Equal(
            ["mention-at-next-visit", "contact-provider-today", "emergency"],
            Enum.GetValues<ActionLevel>().Select(l => l.ToCode()));

    [Fact]
    public void Levels_OrderedByUrgency() =>
        Assert.True(ActionLevel.Emergency > ActionLevel.ContactProviderToday && ActionLevel.ContactProviderToday > ActionLevel.MentionAtNextVisit);

    // The signs that a calculator raises by itself, proved through that calculator.
    [Fact]
    public void SelfHarmThoughts_RaisedByPhq9Item9() =>
        Assert.Contains(RedFlags.SelfHarmThoughts, Phq9.Score([0, 0, 0, 0, 0, 0, 0, 0, 1]).Flags);

    [Fact]
    public void BloodPressureUrgent_RaisedByCrisisReading() =>
        Assert.Equal(RedFlags.BloodPressureUrgent, BloodPressure.AssessForDosingDay(190, 110).Flag);

    [Fact]
    public void BloodPressureCheckBeforeDosing_RaisedByStage2Reading() =>
        Assert.Equal(RedFlags.BloodPressureCheckBeforeDosing, BloodPressure.AssessForDosingDay(140, 80).Flag);

    [Fact]
    public void WithdrawalFlags_RaisedByChecklist()
    {
        Assert.Contains(RedFlags.WithdrawalNotTolerable, WithdrawalChecklist.Score([1, 0, 0, 0, 0, 0, 0, 0, 0, 0], false).Flags);
        Assert.Contains(RedFlags.WithdrawalSymptomsTolerable, WithdrawalChecklist.Score([1, 0, 0, 0, 0, 0, 0, 0, 0, 0], true).Flags);
    }

    [Fact]
    public void ForCode_Unknown_Null() => Assert.Null(RedFlags.ForCode("nope"));

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
