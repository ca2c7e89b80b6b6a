using Lantern.Web.Features.Taper.Export;
using Lantern.Web.Features.Taper.Journal;
using Lantern.Web.Features.Taper.Medicines;
using Lantern.Web.Features.Taper.Plans;

namespace Lantern.Web.Features.Taper;

/// <summary>The Taper feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class TaperSetup
{
    /// <summary>Registers the Taper feature's handlers and services.</summary>
    public static IServiceCollection AddTaperFeature(this IServiceCollection services)
    {
        services.AddOptions<TaperOptions>().BindConfiguration(TaperOptions.Section);
        services.AddScoped<SavedPlanReader>();
        services.AddScoped<ExportAudit>();
        services.AddScoped<PreviewTaperHandler>();
        services.AddScoped<ListMedicationsHandler>();
        services.AddScoped<GetMedicationHandler>();
        services.AddScoped<AddMedicationHandler>();
        services.AddScoped<UpdateMedicationHandler>();
        services.AddScoped<RemoveMedicationHandler>();
        services.AddScoped<ListTaperPlansHandler>();
        services.AddScoped<GetTaperPlanHandler>();
        services.AddScoped<CreateTaperPlanHandler>();
        services.AddScoped<UpdateTaperPlanHandler>();
        services.AddScoped<DeleteTaperPlanHandler>();
        services.AddScoped<RecordTaperEventHandler>();
        services.AddScoped<GetTaperJournalHandler>();
        services.AddScoped<RecordJournalEntryHandler>();
        services.AddScoped<ExportPlanCsvHandler>();
        services.AddScoped<ExportPlanCalendarHandler>();
        services.AddScoped<ExportPlanPdfHandler>();
        return services;
    }
}
