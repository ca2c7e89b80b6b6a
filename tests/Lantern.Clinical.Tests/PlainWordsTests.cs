using System.Text.RegularExpressions;

namespace Lantern.Clinical.Tests;

/// <summary>Every clinical category has plain words in one place; walked by reflection so a new category is covered.</summary>
public sealed partial class PlainWordsTests
{
    private static readonly Type[] Categories =
        [.. typeof(PlainWords).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).OrderBy(t => t.FullName)];

    // Code names: enum members made of two or more capitalised parts run together (Stage1Hypertension, HypertensiveCrisis).
    private static readonly string[] CodeNames =
        [.. Categories.SelectMany(Enum.GetNames).Where(name => CompoundName().IsMatch(name)).Distinct()];

    public static TheoryData<Type> ClinicalEnums() => new(Categories);

    [Theory]
    [MemberData(nameof(ClinicalEnums))]
    public void For_EveryValueOfEveryClinicalEnum_HasWordsWithNoCodeName(Type category)
    {
        foreach (Enum value in Enum.GetValues(category))
        {
            var words = PlainWords.For(value);

            Assert.False(string.IsNullOrWhiteSpace(words), $"{category.Name}.{value}: no words.");
            Assert.All(CodeNames, name => Assert.False(
                Regex.IsMatch(words, $@"\b{name}\b"), $"{category.Name}.{value}: '{words}' shows the code name {name}."));
        }
    }

    [Fact]
    public void CodeNames_AreFoundByReflection() =>
        Assert.Contains("Stage1Hypertension", CodeNames);

    [Fact]
    public void For_AnEnumFromElsewhere_IsRefusedRatherThanGuessed() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlainWords.For(DayOfWeek.Monday));

    [Fact]
    public void For_BloodPressureCategories_UseTheirLabelsBesideTheEnum() =>
        Assert.Equal("High blood pressure, stage 1", PlainWords.For(Lantern.Clinical.Vitals.BloodPressureCategory.Stage1Hypertension));

    [GeneratedRegex(@"^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*$")]
    private static partial Regex CompoundName();
}
