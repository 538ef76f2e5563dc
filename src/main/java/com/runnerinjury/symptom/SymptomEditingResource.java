package com.runnerinjury.symptom;

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

/** HTTP writes of symptoms by editors and publishers: drafts, publishing, archiving, reviews and deletes. */
@Path("/api/v1/symptoms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Symptoms")
@SecurityRequirement(name = EditorialApi.BEARER)
public class SymptomEditingResource {

    private final EditorialService editorial;
    private final RevisionService revisions;
    private final SymptomEditing editing;
    private final SecurityIdentity identity;

    public SymptomEditingResource(EditorialService editorial, RevisionService revisions, SymptomEditing editing,
            SecurityIdentity identity) {
        this.editorial = editorial;
        this.revisions = revisions;
        this.editing = editing;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "createSymptom", summary = "Create a symptom",
            description = "Creates a symptom as a draft, hidden from the public until a publisher publishes it. "
                    + "Editors and publishers.")
    @APIResponse(responseCode = "201", description = "Created as a draft; `Location` is its path.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SymptomView.class)))
    public RestResponse<SymptomView> create(@RequestBody(required = true) SymptomDocument document) {
        return EditorialResponses.created(ItemType.SYMPTOM,
                editorial.create(editing, document, Editor.of(identity)));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "replaceSymptom", summary = "Replace a symptom",
            description = "Replaces the whole symptom. A draft changes in place; a published symptom keeps "
                    + "serving while the change waits as its draft until a publisher publishes it. Editors and "
                    + "publishers.")
    public RestResponse<SymptomView> replace(@PathParam("slug") @Parameter(description = "The symptom's slug.",
            example = "knee-pain") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch,
            @RequestBody(required = true) SymptomDocument document) {
        return EditorialResponses.changed(editorial.replace(editing, slug, document, ifMatch, Editor.of(identity)));
    }

    @PATCH
    @Path("/{slug}")
    @Consumes(EditorialApi.MERGE_PATCH)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "patchSymptom", summary = "Change some fields of a symptom",
            description = "Applies an RFC 7396 JSON merge patch to the symptom's editable fields (as in "
                    + "`SymptomInput`). Drafts and published symptoms change as "
                    + "with PUT. Editors and publishers.")
    public RestResponse<SymptomView> patch(@PathParam("slug") @Parameter(description = "The symptom's slug.",
            example = "knee-pain") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = EditorialApi.MERGE_PATCH, schema = @Schema(
                    type = SchemaType.OBJECT, description = EditorialApi.MERGE_PATCH_BODY))) JsonNode patch) {
        return EditorialResponses.changed(editorial.patch(editing, slug, patch, ifMatch, Editor.of(identity)));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "deleteSymptom", summary = "Delete a symptom",
            description = "Deletes the symptom and its pending draft for good; its revisions stay. Refused while "
                    + "conditions list it. Publishers only; to withdraw published content, archive it instead.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("slug") @Parameter(description = "The symptom's slug.",
            example = "knee-pain") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch) {
        editorial.delete(editing, slug, ifMatch, Editor.of(identity));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "publishSymptom", summary = "Publish a symptom",
            description = "Publishes a draft symptom, or the pending draft of a published one, so the public "
                    + "sees it. Publishers only.")
    public RestResponse<SymptomView> publish(@PathParam("slug") @Parameter(
            description = "The symptom's slug.", example = "knee-pain") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.publish(editing, slug, ifMatch, Editor.of(identity)));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "archiveSymptom", summary = "Archive a symptom",
            description = "Withdraws the symptom from the public, who then get 410 Gone for it, and drops its "
                    + "pending draft. Publishers only.")
    public RestResponse<SymptomView> archive(@PathParam("slug") @Parameter(
            description = "The symptom's slug.", example = "knee-pain") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.archive(editing, slug, ifMatch, Editor.of(identity)));
    }

    @POST
    @Path("/{slug}/review")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "reviewSymptom", summary = "Mark a symptom reviewed",
            description = "Records that the symptom was checked against its sources today (`lastReviewed`). "
                    + "Publishers only.")
    public RestResponse<SymptomView> review(@PathParam("slug") @Parameter(
            description = "The symptom's slug.", example = "knee-pain") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.review(editing, slug, ifMatch, Editor.of(identity)));
    }

    @DELETE
    @Path("/{slug}/draft")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "discardSymptomDraft", summary = "Discard a symptom's pending draft",
            description = "Drops the pending draft of a published symptom; the published version stays. Editors "
                    + "and publishers.")
    public RestResponse<SymptomView> discardDraft(@PathParam("slug") @Parameter(
            description = "The symptom's slug.", example = "knee-pain") String slug) {
        return EditorialResponses.changed(editorial.discardDraft(editing, slug, Editor.of(identity)));
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "listSymptomRevisions", summary = "List a symptom's revisions",
            description = "Every recorded change of the symptom, newest first: who, when, what it did. Editors "
                    + "and publishers.")
    public RestResponse<Page<RevisionSummary>> revisions(@PathParam("slug") @Parameter(
            description = "The symptom's slug.", example = "knee-pain") String slug,
            @BeanParam PageParams paging) {
        var errors = new ParameterErrors();
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return EditorialResponses.editorsOnly(revisions.history(editing, slug, page));
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "getSymptomRevision", summary = "Get one revision of a symptom",
            description = "One recorded change of the symptom with its full editable content after it. "
                    + "Editors and publishers.")
    public RestResponse<RevisionDetail<SymptomDocument>> revision(@PathParam("slug") @Parameter(
            description = "The symptom's slug.", example = "knee-pain") String slug,
            @PathParam("number") @Parameter(description = "The revision number, from 1.", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String number) {
        return EditorialResponses.editorsOnly(revisions.get(editing, slug, RevisionNumbers.parse(number)));
    }
}
