package com.runnerinjury.shared.editorial;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is changing or reading drafts: the token's subject, and whether their role lets them publish. */
public record Editor(String subject, boolean publisher) {

    public static final String EDITOR_ROLE = "editor";
    public static final String PUBLISHER_ROLE = "publisher";

    /**
     * The caller as an editor or publisher.
     *
     * @throws UnauthorizedException for an anonymous caller
     * @throws ForbiddenException for a caller with neither role
     */
    public static Editor of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        boolean publisher = identity.hasRole(PUBLISHER_ROLE);
        if (!publisher && !identity.hasRole(EDITOR_ROLE)) {
            throw new ForbiddenException();
        }
        return new Editor(identity.getPrincipal().getName(), publisher);
    }
}
