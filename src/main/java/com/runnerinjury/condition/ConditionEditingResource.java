package com.runnerinjury.condition;

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

/** HTTP writes of conditions by editors and publishers: drafts, publishing, archiving, reviews and deletes. */
@Path("/api/v1/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conditions")
@SecurityRequirement(name = EditorialApi.BEARER)
public class ConditionEditingResource {

    private final EditorialService editorial;
    private final RevisionService revisions;
    private final ConditionEditing editing;
    private final SecurityIdentity identity;

    public ConditionEditingResource(EditorialService editorial, RevisionService revisions, ConditionEditing editing,
            SecurityIdentity identity) {
        this.editorial = editorial;
        this.revisions = revisions;
        this.editing = editing;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "createCondition", summary = "Create a condition",
            description = "Creates a condition as a draft, hidden from the public until a publisher publishes it. "
                    + "Editors and publishers.")
    @APIResponse(responseCode = "201", description = "Created as a draft; `Location` is its path.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConditionDetail.class)))
    public RestResponse<ConditionDetail> create(@RequestBody(required = true) ConditionDocument document) {
        return EditorialResponses.created(ItemType.CONDITION,
                editorial.create(editing, document, Editor.of(identity)));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "replaceCondition", summary = "Replace a condition",
            description = "Replaces the whole condition. A draft changes in place; a published condition keeps "
                    + "serving while the change waits as its draft until a publisher publishes it. Editors and "
                    + "publishers.")
    public RestResponse<ConditionDetail> replace(@PathParam("slug") @Parameter(description = "The condition's slug.",
            example = "runners-knee") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch,
            @RequestBody(required = true) ConditionDocument document) {
        return EditorialResponses.changed(editorial.replace(editing, slug, document, ifMatch, Editor.of(identity)));
    }

    @PATCH
    @Path("/{slug}")
    @Consumes(EditorialApi.MERGE_PATCH)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "patchCondition", summary = "Change some fields of a condition",
            description = "Applies an RFC 7396 JSON merge patch to the condition's editable fields (as in "
                    + "`ConditionInput`); `null` removes a list's content. Drafts and published conditions change as "
                    + "with PUT. Editors and publishers.")
    public RestResponse<ConditionDetail> patch(@PathParam("slug") @Parameter(description = "The condition's slug.",
            example = "runners-knee") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = EditorialApi.MERGE_PATCH, schema = @Schema(
                    type = SchemaType.OBJECT, description = EditorialApi.MERGE_PATCH_BODY))) JsonNode patch) {
        return EditorialResponses.changed(editorial.patch(editing, slug, patch, ifMatch, Editor.of(identity)));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "deleteCondition", summary = "Delete a condition",
            description = "Deletes the condition and its pending draft for good; its revisions stay. Refused while "
                    + "claims are about it. Publishers only; to withdraw published content, archive it instead.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("slug") @Parameter(description = "The condition's slug.",
            example = "runners-knee") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch) {
        editorial.delete(editing, slug, ifMatch, Editor.of(identity));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "publishCondition", summary = "Publish a condition",
            description = "Publishes a draft condition, or the pending draft of a published one, so the public "
                    + "sees it. Publishers only.")
    public RestResponse<ConditionDetail> publish(@PathParam("slug") @Parameter(
            description = "The condition's slug.", example = "runners-knee") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.publish(editing, slug, ifMatch, Editor.of(identity)));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "archiveCondition", summary = "Archive a condition",
            description = "Withdraws the condition from the public, who then get 410 Gone for it, and drops its "
                    + "pending draft. Publishers only.")
    public RestResponse<ConditionDetail> archive(@PathParam("slug") @Parameter(
            description = "The condition's slug.", example = "runners-knee") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.archive(editing, slug, ifMatch, Editor.of(identity)));
    }

    @POST
    @Path("/{slug}/review")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "reviewCondition", summary = "Mark a condition reviewed",
            description = "Records that the condition was checked against its sources today (`lastReviewed`). "
                    + "Publishers only.")
    public RestResponse<ConditionDetail> review(@PathParam("slug") @Parameter(
            description = "The condition's slug.", example = "runners-knee") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.review(editing, slug, ifMatch, Editor.of(identity)));
    }

    @DELETE
    @Path("/{slug}/draft")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "discardConditionDraft", summary = "Discard a condition's pending draft",
            description = "Drops the pending draft of a published condition; the published version stays. Editors "
                    + "and publishers.")
    public RestResponse<ConditionDetail> discardDraft(@PathParam("slug") @Parameter(
            description = "The condition's slug.", example = "runners-knee") String slug) {
        return EditorialResponses.changed(editorial.discardDraft(editing, slug, Editor.of(identity)));
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "listConditionRevisions", summary = "List a condition's revisions",
            description = "Every recorded change of the condition, newest first: who, when, what it did. Editors "
                    + "and publishers.")
    public RestResponse<Page<RevisionSummary>> revisions(@PathParam("slug") @Parameter(
            description = "The condition's slug.", example = "runners-knee") String slug,
            @BeanParam PageParams paging) {
        var errors = new ParameterErrors();
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return EditorialResponses.editorsOnly(revisions.history(editing, slug, page));
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "getConditionRevision", summary = "Get one revision of a condition",
            description = "One recorded change of the condition with its full editable content after it. "
                    + "Editors and publishers.")
    public RestResponse<RevisionDetail<ConditionDocument>> revision(@PathParam("slug") @Parameter(
            description = "The condition's slug.", example = "runners-knee") String slug,
            @PathParam("number") @Parameter(description = "The revision number, from 1.", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String number) {
        return EditorialResponses.editorsOnly(revisions.get(editing, slug, RevisionNumbers.parse(number)));
    }
}
