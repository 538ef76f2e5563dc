package com.runnerinjury.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints bearer tokens signed with the dev-and-test key pair in {@code src/test/resources/jwt}, which dev mode and
 * tests trust and production never does. From the project root, print a token with
 * {@code java src/test/java/com/runnerinjury/support/DevToken.java editor} (or {@code publisher}); a second
 * argument names the subject. Needs nothing but the JDK.
 */
public final class DevToken {

    public static final String ISSUER = "runner-injury-dev";
    private static final Path PRIVATE_KEY = Path.of("src", "test", "resources", "jwt", "dev-private-key.pem");
    private static final long LIFETIME_SECONDS = 8 * 60 * 60;

    private DevToken() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java src/test/java/com/runnerinjury/support/DevToken.java ROLE [SUBJECT]");
            System.exit(2);
        }
        System.out.println(mint(args[0], args.length > 1 ? args[1] : "dev-" + args[0]));
    }

    /** A token for the subject, in the one role, valid for eight hours. */
    public static String mint(String role, String subject) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = ("{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"%s\"],\"iat\":%d,"
                + "\"exp\":%d,\"jti\":\"%s\"}").formatted(ISSUER, subject, subject, role, now, now + LIFETIME_SECONDS,
                        UUID.randomUUID());
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + base64(sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] sign(byte[] input) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update(input);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + PRIVATE_KEY, e);
        }
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        try {
            String pem = Files.readString(PRIVATE_KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("Run from the project root: " + PRIVATE_KEY + " not found", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
