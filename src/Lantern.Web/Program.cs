using Lantern.Web.Features;
using Lantern.Web.Platform.Demo;
using Lantern.Web.Platform.Hosting;
using Lantern.Web.Platform.Http;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.AddLanternPlatform();
builder.Services.AddLanternFeatures();

var app = builder.Build();
await app.PrepareAsync();
await app.SeedDemoDataAsync();
app.UseLanternPlatform();
app.MapLanternFeatures();
app.MapBenchHelloIfEnabled();
await app.RunAsync();

/// <summary>Entry point; public so the test host can find it.</summary>
public partial class Program;
