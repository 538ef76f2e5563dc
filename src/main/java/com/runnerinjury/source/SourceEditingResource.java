package com.runnerinjury.source;

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

/** HTTP writes of sources by editors and publishers: drafts, publishing, archiving, reviews and deletes. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
@SecurityRequirement(name = EditorialApi.BEARER)
public class SourceEditingResource {

    private final EditorialService editorial;
    private final RevisionService revisions;
    private final SourceEditing editing;
    private final SecurityIdentity identity;

    public SourceEditingResource(EditorialService editorial, RevisionService revisions, SourceEditing editing,
            SecurityIdentity identity) {
        this.editorial = editorial;
        this.revisions = revisions;
        this.editing = editing;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "createSource", summary = "Create a source",
            description = "Creates a source as a draft, hidden from the public until a publisher publishes it. "
                    + "Editors and publishers.")
    @APIResponse(responseCode = "201", description = "Created as a draft; `Location` is its path.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceView.class)))
    public RestResponse<SourceView> create(@RequestBody(required = true) SourceDocument document) {
        return EditorialResponses.created(ItemType.SOURCE,
                editorial.create(editing, document, Editor.of(identity)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "replaceSource", summary = "Replace a source",
            description = "Replaces the whole source. A draft changes in place; a published source keeps "
                    + "serving while the change waits as its draft until a publisher publishes it. Editors and "
                    + "publishers.")
    public RestResponse<SourceView> replace(@PathParam("id") @Parameter(description = "The source's id.",
            example = "how-acupuncture-helps-runners") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch,
            @RequestBody(required = true) SourceDocument document) {
        return EditorialResponses.changed(editorial.replace(editing, id, document, ifMatch, Editor.of(identity)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(EditorialApi.MERGE_PATCH)
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "patchSource", summary = "Change some fields of a source",
            description = "Applies an RFC 7396 JSON merge patch to the source's editable fields (as in "
                    + "`SourceInput`); `null` clears an optional field. Drafts and published sources change as "
                    + "with PUT. Editors and publishers.")
    public RestResponse<SourceView> patch(@PathParam("id") @Parameter(description = "The source's id.",
            example = "how-acupuncture-helps-runners") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = EditorialApi.MERGE_PATCH, schema = @Schema(
                    type = SchemaType.OBJECT, description = EditorialApi.MERGE_PATCH_BODY))) JsonNode patch) {
        return EditorialResponses.changed(editorial.patch(editing, id, patch, ifMatch, Editor.of(identity)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "deleteSource", summary = "Delete a source",
            description = "Deletes the source and its pending draft for good; its revisions stay. Refused while "
                    + "claims cite it. Publishers only; to withdraw published content, archive it instead.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(description = "The source's id.",
            example = "how-acupuncture-helps-runners") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH) String ifMatch) {
        editorial.delete(editing, id, ifMatch, Editor.of(identity));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "publishSource", summary = "Publish a source",
            description = "Publishes a draft source, or the pending draft of a published one, so the public "
                    + "sees it. Publishers only.")
    public RestResponse<SourceView> publish(@PathParam("id") @Parameter(
            description = "The source's id.", example = "how-acupuncture-helps-runners") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.publish(editing, id, ifMatch, Editor.of(identity)));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "archiveSource", summary = "Archive a source",
            description = "Withdraws the source from the public, who then get 410 Gone for it, and drops its "
                    + "pending draft. Publishers only.")
    public RestResponse<SourceView> archive(@PathParam("id") @Parameter(
            description = "The source's id.", example = "how-acupuncture-helps-runners") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.archive(editing, id, ifMatch, Editor.of(identity)));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Editor.PUBLISHER_ROLE)
    @Operation(operationId = "reviewSource", summary = "Mark a source reviewed",
            description = "Records that the source entry was checked against the publication today (`lastReviewed`). "
                    + "Publishers only.")
    public RestResponse<SourceView> review(@PathParam("id") @Parameter(
            description = "The source's id.", example = "how-acupuncture-helps-runners") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = EditorialApi.IF_MATCH_OPTIONAL) String ifMatch) {
        return EditorialResponses.changed(editorial.review(editing, id, ifMatch, Editor.of(identity)));
    }

    @DELETE
    @Path("/{id}/draft")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "discardSourceDraft", summary = "Discard a source's pending draft",
            description = "Drops the pending draft of a published source; the published version stays. Editors "
                    + "and publishers.")
    public RestResponse<SourceView> discardDraft(@PathParam("id") @Parameter(
            description = "The source's id.", example = "how-acupuncture-helps-runners") String id) {
        return EditorialResponses.changed(editorial.discardDraft(editing, id, Editor.of(identity)));
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "listSourceRevisions", summary = "List a source's revisions",
            description = "Every recorded change of the source, newest first: who, when, what it did. Editors "
                    + "and publishers.")
    public RestResponse<Page<RevisionSummary>> revisions(@PathParam("id") @Parameter(
            description = "The source's id.", example = "how-acupuncture-helps-runners") String id,
            @BeanParam PageParams paging) {
        var errors = new ParameterErrors();
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return EditorialResponses.editorsOnly(revisions.history(editing, id, page));
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @RolesAllowed({Editor.EDITOR_ROLE, Editor.PUBLISHER_ROLE})
    @Operation(operationId = "getSourceRevision", summary = "Get one revision of a source",
            description = "One recorded change of the source with its full editable content after it. "
                    + "Editors and publishers.")
    public RestResponse<RevisionDetail<SourceDocument>> revision(@PathParam("id") @Parameter(
            description = "The source's id.", example = "how-acupuncture-helps-runners") String id,
            @PathParam("number") @Parameter(description = "The revision number, from 1.", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String number) {
        return EditorialResponses.editorsOnly(revisions.get(editing, id, RevisionNumbers.parse(number)));
    }
}
