using Lantern.Clinical.Safety;

namespace Lantern.Clinical.Tests.Safety;

// Vectors: clinical.md §7 "resource picker".
public sealed class CrisisDirectoryTests
{
    [Fact]
    public void ForCountry_Us_Has988TextLineFiresideAnd911()
    {
        var us = CrisisDirectory.ForCountry("US")!;

        Assert.Equal("911", us.Emergency!.Dial);
        Assert.Contains(us.Contacts, c => c.Dial == "988" && c.Kind == ContactKind.CallOrText);
        Assert.Contains(us.Contacts, c => c.Dial == "741741" && c.TextKeyword == "HOME");
        Assert.Contains(us.Contacts, c => c.Dial == "6234737433" && c.Audience == CrisisAudience.PsychedelicExperiences);
    }

    [Fact]
    public void ForCountry_UsVeteran_988ThenPress1()
    {
        var veterans = Assert.Single(CrisisDirectory.ForCountry("us")!.Contacts, c => c.Audience == CrisisAudience.Veterans);

        Assert.Equal("988", veterans.Dial);
        Assert.Contains("press 1", veterans.Display, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CA", "911", "988")]
    [InlineData("GB", "999", "116123")]
    [InlineData("IE", "112", "116123")]
    [InlineData("AU", "000", "131114")]
    public void ForCountry_EachCountry_EmergencyFirstAndMainLine(string country, string emergency, string line)
    {
        var resources = CrisisDirectory.ForCountry(country)!;

        Assert.Equal(emergency, resources.Contacts[0].Dial);
        Assert.True(resources.Contacts[0].IsEmergencyNumber);
        Assert.Contains(resources.Contacts, c => c.Dial == line);
    }

    [Fact]
    public void Countries_NothingUnverifiedEncoded()
    {
        var all = CrisisDirectory.Countries.SelectMany(c => c.Contacts).ToArray();

        Assert.DoesNotContain(all, c => c.Dial.Contains("838255", StringComparison.Ordinal)); // VCL text: UNVERIFIED
        Assert.DoesNotContain(all, c => c.WhenToUse.Contains(" PT", StringComparison.Ordinal)); // Fireside hours: UNVERIFIED
        Assert.All(all, c => Assert.True(Refs.All.ContainsKey(c.Source.Key)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("FR")]
    [InlineData("")]
    public void ForCountry_UnknownOrMissing_Null(string? code) => Assert.Null(CrisisDirectory.ForCountry(code));

    [Theory]
    [InlineData("Europe/London", "GB")]
    [InlineData("Europe/Dublin", "IE")]
    [InlineData("Australia/Sydney", "AU")]
    [InlineData("America/Toronto", "CA")]
    [InlineData("America/Chicago", "US")]
    [InlineData("Europe/Paris", null)]
    public void CountryForTimeZone_KnownZone_MapsCountry(string zone, string? country) =>
        Assert.Equal(country, CrisisDirectory.CountryForTimeZone(zone));
}
