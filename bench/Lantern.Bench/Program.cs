using Lantern.Bench;

// bench/run.sh drives these; each prints one line (or a Markdown fragment) that the script reads.
return args switch
{
    ["seed", var provider, var target, var patients] => await Seeder.SeedAsync(provider, target, int.Parse(patients, System.Globalization.CultureInfo.InvariantCulture)),
    ["totp", var key] => Totp.Print(key),
    ["commit-rate", var provider, var target, var seconds] => await CommitRate.MeasureAsync(provider, target, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
    ["profile-summary", var speedscope, var rows] => ProfileSummary.Print(speedscope, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Lantern.Bench seed sqlite|postgres <data directory | connection string> <patients>
               Lantern.Bench totp <base32 key>
               Lantern.Bench commit-rate sqlite|postgres <data directory | connection string> <seconds>
               Lantern.Bench profile-summary <speedscope json> <rows>
        """);
    return 2;
}
