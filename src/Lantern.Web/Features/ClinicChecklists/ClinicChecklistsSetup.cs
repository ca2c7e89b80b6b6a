namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>The ClinicChecklists feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class ClinicChecklistsSetup
{
    /// <summary>Registers the ClinicChecklists feature's handlers and services.</summary>
    public static IServiceCollection AddClinicChecklistsFeature(this IServiceCollection services)
    {
        services.AddScoped<ListClinicChecklistsHandler>();
        services.AddScoped<GetClinicChecklistHandler>();
        services.AddScoped<CreateClinicChecklistHandler>();
        services.AddScoped<UpdateClinicChecklistHandler>();
        services.AddScoped<DeleteClinicChecklistHandler>();
        return services;
    }
}
