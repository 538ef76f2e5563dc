package com.runnerinjury.modality;

import com.runnerinjury.claim.ClaimQueryParams;
import com.runnerinjury.claim.ClaimView;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP access to treatment modalities and the claims made for each. */
@Path("/api/v1/modalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modalities")
public class ModalityResource {

    private final ModalityService service;

    public ModalityResource(ModalityService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listModalities", summary = "List modalities",
            description = "Published treatment modalities: what each involves, what a session is like and how to "
                    + "stay safe. Fetch one for the claims made for it.")
    public Page<ModalitySummary> list(@BeanParam PageParams paging,
            @Parameter(description = "Only modalities of this category.",
                    schema = @Schema(implementation = ModalityCategory.class)) @QueryParam("category") String category,
            @Parameter(description = "Sort order: by name or by last update, `-` for descending.",
                    schema = @Schema(implementation = SortOrder.class,
                            defaultValue = "name")) @QueryParam("sort") String sort) {
        var errors = new ParameterErrors();
        var categoryFilter = errors.enumValue("category", category, ModalityCategory.class, null);
        var order = errors.enumValue("sort", sort, SortOrder.class, SortOrder.NAME);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.list(categoryFilter, order, page);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getModality", summary = "Get a modality",
            description = "One published modality with what to expect, safety notes and every claim made for it.")
    public ModalityDetail get(
            @Parameter(description = "The modality's slug.", example = "acupuncture") @PathParam("slug") String slug) {
        return service.get(slug);
    }

    @GET
    @Path("/{slug}/claims")
    @Operation(operationId = "listModalityClaims", summary = "List the claims for a modality",
            description = "Published claims made for one modality, filtered and paged.")
    public Page<ClaimView> claims(
            @Parameter(description = "The modality's slug.", example = "acupuncture") @PathParam("slug") String slug,
            @BeanParam PageParams paging, @BeanParam ClaimQueryParams query,
            @Parameter(description = "Only claims about this condition (slug).",
                    example = "plantar-fasciitis") @QueryParam("condition") String condition) {
        var errors = new ParameterErrors();
        var filter = query.toFilter(errors).withCondition(errors.slug("condition", condition));
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.claims(slug, filter, page);
    }
}
