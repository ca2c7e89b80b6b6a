using System.Net;
using System.Text;
using System.Text.Json;
using Lantern.Web.Platform.OpenApi;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Security;

namespace Lantern.Web.Tests.Platform.OpenApi;

/// <summary>
/// Issue 12 item 13: /openapi/v1.json tells the truth. Every API response any test provokes is checked against it by
/// <see cref="OpenApiConformance"/> (status, media type, JSON Schema); these tests make sure that covers every operation,
/// with its success and its common errors, and that the checker itself catches an undocumented status or shape.
/// </summary>
public sealed partial class OpenApiDocumentTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOperation_HasASuccessfulSample()
    {
        var operations = await app.Conformance.OperationsAsync(app.Services);

        var missing = operations.Where(o => !ApiOperationCatalog.Successful.ContainsKey(o)).ToArray();
        var stale = ApiOperationCatalog.Successful.Keys.Where(k => !operations.Contains(k)).ToArray();

        Assert.True(operations.Count >= 100, $"Only {operations.Count} operations in the document.");
        Assert.True(missing.Length == 0, "Operations with no sample in ApiOperationCatalog: " + string.Join(", ", missing));
        Assert.True(stale.Length == 0, "Samples for operations the document no longer has: " + string.Join(", ", stale));
    }

    public static TheoryData<string> Operations() => new(ApiOperationCatalog.Successful.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_SuccessAndCommonErrors_MatchTheDocument(string operation)
    {
        var patient = await TestUser.CreateAsync(app);
        var call = await ApiOperationCatalog.Successful[operation](patient);
        var documented = await DocumentedStatusesAsync(operation);

        // Each response below has already been held to the document by the test host; these check that the operation
        // was really exercised, and what it answered.
        using var success = await call.Client.SendAsync(call.ToRequest(), Ct);
        Assert.True(success.IsSuccessStatusCode, $"{operation}: {(int)success.StatusCode} {await success.Content.ReadAsStringAsync(Ct)}");

        if (documented.Contains(401) && !AllowsAnonymous(operation))
        {
            using var anonymous = await app.CreateClient().SendAsync(call.ToRequest(), Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        if (call.Body is not null)
        {
            using var notJson = call.ToRequest();
            notJson.Content = new StringContent("mood=5", Encoding.UTF8, "application/x-www-form-urlencoded");
            using var malformed = call.ToRequest();
            malformed.Content = new StringContent("{\"not json", Encoding.UTF8, "application/json");

            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await call.Client.SendAsync(notJson, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await call.Client.SendAsync(malformed, Ct)).StatusCode);
        }

        if (operation.Contains("{id}", StringComparison.Ordinal))
        {
            var path = call.Path;
            var guid = System.Text.RegularExpressions.Regex.Match(path, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            Assert.True(guid.Success, $"{operation}: no id in {path}");
            using var random = new HttpRequestMessage(call.Method, path.Replace(guid.Value, Guid.NewGuid().ToString(), StringComparison.Ordinal))
            {
                Content = call.ToRequest().Content,
            };
            Assert.Equal(HttpStatusCode.NotFound, (await call.Client.SendAsync(random, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Checker_UndocumentedStatusOrShape_IsCaught()
    {
        // The checker must be able to fail: an undocumented status, a wrong media type, a missing required field, a
        // field the schema does not name, and a wrong type are each reported.
        var me = Encoding.UTF8.GetBytes("""{"id":"01a23a6e-0000-7000-8000-000000000000","email":"a@example.org","displayName":"A","role":"patient","timeZone":"UTC","crisisCountry":null,"twoFactorEnabled":false}""");
        var check = (int status, string type, string body) => app.Conformance.CheckAsync(app.Services, "GET", "/api/v1/me", "/api/v1/me", status, type, Encoding.UTF8.GetBytes(body));

        Assert.Null(await app.Conformance.CheckAsync(app.Services, "GET", "/api/v1/me", "/api/v1/me", 200, "application/json; charset=utf-8", me));
        Assert.Contains("does not list", await check(409, "application/problem+json", """{"title":"x","status":409}"""), StringComparison.Ordinal);
        Assert.Contains("answered text/html", await check(200, "text/html", "<p>hi</p>"), StringComparison.Ordinal);
        Assert.NotNull(await check(200, "application/json", """{"id":"01a23a6e-0000-7000-8000-000000000000"}"""));
        Assert.NotNull(await check(200, "application/json", Encoding.UTF8.GetString(me).Replace("}", ",\"extra\":1}", StringComparison.Ordinal)));
        Assert.NotNull(await check(200, "application/json", Encoding.UTF8.GetString(me).Replace("false", "\"no\"", StringComparison.Ordinal)));
        Assert.NotNull(await check(401, "application/problem+json", """{"detail":"no title or status"}"""));
    }

    [Fact]
    public async Task Document_EveryErrorIsProblemDetails_AndSignInRoutesDocument401()
    {
        var document = await DocumentAsync();
        var failures = new List<string>();
        foreach (var (path, item) in document.RootElement.GetProperty("paths").EnumerateObject().Select(p => (p.Name, p.Value)))
        {
            foreach (var operation in item.EnumerateObject())
            {
                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
                {
                    var content = response.Value.TryGetProperty("content", out var c) ? c : default;
                    if (content.ValueKind != JsonValueKind.Object || !content.TryGetProperty(ErrorResponses.ProblemMediaType, out var media)
                        || media.GetProperty("schema").GetProperty("$ref").GetString() != "#/components/schemas/ProblemDetails")
                    {
                        failures.Add($"{operation.Name.ToUpperInvariant()} {path} {response.Name}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, "Error responses that are not problem details:\n" + string.Join("\n", failures));
        Assert.True(document.RootElement.GetProperty("paths").GetProperty("/api/v1/checkins/{id}").GetProperty("put").GetProperty("responses").TryGetProperty("409", out _));
    }

    [Fact]
    public void SchemaIds_NoTwoLanternTypesShareOne()
    {
        var types = new[] { typeof(Program).Assembly, typeof(Lantern.Clinical.Refs).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsPublic || t.IsNestedPublic)
            .Where(t => !t.IsGenericTypeDefinition && !t.Name.Contains('<', StringComparison.Ordinal))
            .ToArray();

        var clashes = types.GroupBy(t => SchemaIds.Qualified(t, t.Name), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToArray();

        Assert.True(clashes.Length == 0, "Types that would share one schema:\n" + string.Join("\n", clashes));
        Assert.Equal("SourceResponse", SchemaIds.Qualified(typeof(Lantern.Web.Platform.Sources.SourceResponse), "SourceResponse"));
        Assert.Equal("MeResponse", SchemaIds.Qualified(typeof(Lantern.Web.Features.Account.MeResponse), "MeResponse"));
    }

    [Fact]
    public async Task Document_FieldsLeftOutWhenNull_AreNotRequired()
    {
        // Walks every response type's properties marked [JsonIgnore(WhenWritingNull)] and finds each in its schema.
        var document = await DocumentAsync();
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var omitted = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true)
                .OfType<System.Text.Json.Serialization.JsonIgnoreAttribute>()
                .Any(a => a.Condition == System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull))
            .ToArray();
        var checkedCount = 0;
        foreach (var (type, property) in omitted)
        {
            if (!schemas.TryGetProperty(SchemaIds.Qualified(type, type.Name), out var schema))
            {
                continue;
            }

            checkedCount++;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Assert.True(schema.GetProperty("properties").TryGetProperty(name, out _), $"{type.Name}.{name} is not in its schema.");
            Assert.False(schema.TryGetProperty("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == name),
                $"{type.Name}.{name} is left out when null but marked required.");
        }

        Assert.True(checkedCount >= 5, $"Only {checkedCount} omitted-when-null fields were found in the document.");
    }

    private bool AllowsAnonymous(string operation) =>
        EndpointInventory.Read(app.Services).Single(r => $"{r.Method} {RouteParameter().Replace(r.Pattern, "{$1}")}" == operation).AllowsAnonymous;

    [System.Text.RegularExpressions.GeneratedRegex("\\{([^}:]+)[^}]*\\}")]
    private static partial System.Text.RegularExpressions.Regex RouteParameter();

    /// <summary>
    /// The document as /openapi/v1.json serves it, fetched once per app: it cannot change while the app runs, and
    /// generating it for each of the hundred-odd operations was a fifth of this suite's time.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanternAppFactory, Task<string>> Served = [];

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await Served.GetValue(app, a => a.CreateClient().GetStringAsync("/openapi/v1.json", CancellationToken.None)));

    private async Task<HashSet<int>> DocumentedStatusesAsync(string operation)
    {
        using var document = await DocumentAsync();
        var space = operation.IndexOf(' ', StringComparison.Ordinal);
        var responses = document.RootElement.GetProperty("paths").GetProperty(operation[(space + 1)..])
            .GetProperty(operation[..space].ToLowerInvariant()).GetProperty("responses");
        return [.. responses.EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
