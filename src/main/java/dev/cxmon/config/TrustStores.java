package dev.cxmon.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;

/** Loads cxone.http.trust-store, with an error that names the key and the fix instead of a stack trace. */
public final class TrustStores {

    public static final class Unusable extends Exception {
        public Unusable(String message) {
            super(message, null, false, false);
        }
    }

    private TrustStores() {}

    public static Optional<KeyStore> load(CxoneConfig.Http http) throws Unusable {
        if (http.trustStore().filter(p -> !p.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(http.trustStore().get().trim());
        char[] password = http.trustStorePassword().map(String::toCharArray).orElse(null);
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(http.trustStoreType().trim());
            store.load(in, password);
            if (store.size() == 0) {
                throw new Unusable(path + " holds no certificate");
            }
            return Optional.of(store);
        } catch (IOException | GeneralSecurityException e) {
            throw new Unusable("cannot read " + path + " as a " + http.trustStoreType() + " key store (" + e.getMessage() + ")");
        }
    }

    /** The problem with the configured trust store, if any, for startup validation and CONFIG_INVALID. */
    public static Optional<ConfigProblem> problem(CxoneConfig.Http http) {
        try {
            load(http);
            return Optional.empty();
        } catch (Unusable e) {
            return Optional.of(new ConfigProblem("cxone.http.trust-store", e.getMessage() + ".",
                    "point it at a PKCS12 (or set cxone.http.trust-store-type) file with your proxy's CA, and set its password"));
        }
    }
}
