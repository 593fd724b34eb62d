namespace Entente.Web.Pages;

/// <summary>The analyst pages, server-rendered HTML next to the API: no script, one local stylesheet.</summary>
internal static class PageRoutes
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapAssets();
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (StoreAccess access) => StartPage.Render(access, null));
        pages.MapGet("/search", (StoreAccess access, string? q) => StartPage.Render(access, q));
        pages.MapGet("/dyad", (string? a, string? b) => StartPage.DyadForm(a, b));
        pages.MapGet("/dyad/{a}/{b}", (StoreAccess access, string a, string b, string? from, string? to, int? limit) => DyadPage.Render(access, a, b, from, to, limit));
        pages.MapGet("/network", (StoreAccess access, string? from, string? to, int? min, int? limit, string? focus) => NetworkPage.Render(access, from, to, min, limit, focus));
        pages.MapGet("/actor/{code}", (StoreAccess access, string code) => ActorPage.Render(access, code));
        pages.MapGet("/org/{code}", (StoreAccess access, string code) => OrgPage.Render(access, code));
        pages.MapGet("/ingest", IngestPage.Form);
        pages.MapPost("/ingest", IngestPage.Post).DisableAntiforgery();
        return app;
    }
}
