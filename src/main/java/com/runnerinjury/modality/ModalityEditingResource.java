package com.runnerinjury.modality;

import com.fasterxml.jackson.databind.JsonNode;
import com.runnerinjury.shared.editorial.Editor;
import com.runnerinjury.shared.editorial.EditorialResponses;
import com.runnerinjury.shared.editorial.EditorialService;
import com.runnerinjury.shared.editorial.ItemType;
import com.runnerinjury.shared.editorial.RevisionDetail;
import com.runnerinjury.shared.editorial.RevisionNumbers;
import com.runnerinjury.shared.editorial.RevisionService;
import com.runnerinjury.shared.editorial.RevisionSummary;
import com.runnerinjury.shared.openapi.EditorialApi;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.query.ParameterErrors;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP writes of modalities by editors and publishers: drafts, publishing, archiving, reviews and deletes. */
@Path("/api/v1/modalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modalities")
@SecurityRequirement(name = EditorialApi.BEARER)
public class ModalityEditingResource {

    private final EditorialService editorial;
    private final RevisionService revisions;
    private final ModalityEditing editing;
    private final SecurityIdentity identity;

    public ModalityEditingResource(EditorialService editorial, RevisionService revisions, ModalityEditing editing,
            SecurityIdentity identity) {
        this.editorial = editorial;
        this.revisions = revisions;
        this.editing = editing;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "createModality", summary = "Create a modality",
            description = "Creates a modality as a draft, hidden from the public until a publisher publishes it. "
                    + "Editors and publishers.")
    @APIResponse(responseCode = "201", description = "Created as a draft; `Location` is its path.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModalityDetail.class)))
    public RestResponse<ModalityDetail> create(@RequestBody(required = true) ModalityDocument document) {
        return EditorialResponses.created(ItemType.MODALITY,
                editorial.create(editing, document, Editor.of(identity)));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "replaceModality", summary = "Replace a modality",
            description = "Replaces the whole modality. A draft changes in place; a published modality keeps "
                    + "serving while the change waits as its draft until a publisher publishes it. Editors and "
                    + "publishers.")
    public RestResponse<ModalityDetail> replace(@PathParam("slug") @Parameter(description = "The modality's slug.",
            example = "acupuncture") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch,
            @RequestBody(required = true) ModalityDocument document) {
        return EditorialResponses.changed(editorial.replace(editing, slug, document, ifMatch, Editor.of(identity)));
    }

    @PATCH
    @Path("/{slug}")
    @Consumes(EditorialApi.MERGE_PATCH)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "patchModality", summary = "Change some fields of a modality",
            description = "Applies an RFC 7396 JSON merge patch to the modality's editable fields (as in "
                    + "`ModalityInput`); `null` removes a list's content or the session range. Drafts and published "
                    + "modalities change as with PUT. Editors and publishers.")
    public RestResponse<ModalityDetail> patch(@PathParam("slug") @Parameter(description = "The modality's slug.",
            example = "acupuncture") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = EditorialApi.MERGE_PATCH, schema = @Schema(
                    type = SchemaType.OBJECT, description = EditorialApi.MERGE_PATCH_BODY))) JsonNode patch) {
        return EditorialResponses.changed(editorial.patch(editing, slug, patch, ifMatch, Editor.of(identity)));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "deleteModality", summary = "Delete a modality",
            description = "Deletes the modality and its pending draft for good; its revisions stay. Refused while "
                    + "claims are made for it. Publishers only; to withdraw published content, archive it instead.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("slug") @Parameter(description = "The modality's slug.",
            example = "acupuncture") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch) {
        editorial.delete(editing, slug, ifMatch, Editor.of(identity));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "publishModality", summary = "Publish a modality",
            description = "Publishes a draft modality, or the pending draft of a published one, so the public "
                    + "sees it. Publishers only.")
    public RestResponse<ModalityDetail> publish(@PathParam("slug") @Parameter(
            description = "The modality's slug.", example = "acupuncture") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.publish(editing, slug, ifMatch, Editor.of(identity)));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "archiveModality", summary = "Archive a modality",
            description = "Withdraws the modality from the public, who then get 410 Gone for it, and drops its "
                    + "pending draft. Publishers only.")
    public RestResponse<ModalityDetail> archive(@PathParam("slug") @Parameter(
            description = "The modality's slug.", example = "acupuncture") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.archive(editing, slug, ifMatch, Editor.of(identity)));
    }

    @POST
    @Path("/{slug}/review")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "reviewModality", summary = "Mark a modality reviewed",
            description = "Records that the modality was checked against its sources today (`lastReviewed`). "
                    + "Publishers only.")
    public RestResponse<ModalityDetail> review(@PathParam("slug") @Parameter(
            description = "The modality's slug.", example = "acupuncture") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.review(editing, slug, ifMatch, Editor.of(identity)));
    }

    @DELETE
    @Path("/{slug}/draft")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "discardModalityDraft", summary = "Discard a modality's pending draft",
            description = "Drops the pending draft of a published modality; the published version stays. Editors "
                    + "and publishers.")
    public RestResponse<ModalityDetail> discardDraft(@PathParam("slug") @Parameter(
            description = "The modality's slug.", example = "acupuncture") String slug) {
        return EditorialResponses.changed(editorial.discardDraft(editing, slug, Editor.of(identity)));
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "listModalityRevisions", summary = "List a modality's revisions",
            description = "Every recorded change of the modality, newest first: who, when, what it did. Editors "
                    + "and publishers.")
    public RestResponse<Page<RevisionSummary>> revisions(@PathParam("slug") @Parameter(
            description = "The modality's slug.", example = "acupuncture") String slug,
            @BeanParam PageParams paging) {
        var errors = new ParameterErrors();
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return EditorialResponses.editorsOnly(revisions.history(editing, slug, page));
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "getModalityRevision", summary = "Get one revision of a modality",
            description = "One recorded change of the modality with its full editable content after it. "
                    + "Editors and publishers.")
    public RestResponse<RevisionDetail<ModalityDocument>> revision(@PathParam("slug") @Parameter(
            description = "The modality's slug.", example = "acupuncture") String slug,
            @PathParam("number") @Parameter(description = "The revision number, from 1.", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String number) {
        return EditorialResponses.editorsOnly(revisions.get(editing, slug, RevisionNumbers.parse(number)));
    }
}
