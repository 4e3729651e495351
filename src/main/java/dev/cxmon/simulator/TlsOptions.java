package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** Serve HTTPS with the key and certificate of a PKCS#12 key store. */
public record TlsOptions(Path pkcs12KeyStore, String password) {

    public TlsOptions {
        requireNonNull(pkcs12KeyStore, "pkcs12KeyStore");
        requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "TlsOptions[pkcs12KeyStore=" + pkcs12KeyStore + ", password=***]";
    }
}
