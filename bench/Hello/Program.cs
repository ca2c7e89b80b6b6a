// Same TLS as Lantern in the load round (the certificate comes from Kestrel configuration), nothing else.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();
var app = builder.Build();
app.MapGet("/", () => "Hello");
app.Run();
