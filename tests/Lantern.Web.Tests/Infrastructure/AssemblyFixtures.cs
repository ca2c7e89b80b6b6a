using Lantern.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(SharedApp))]
