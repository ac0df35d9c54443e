package io.mayorsdialogue.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The contract as the build packs it: the root openapi.yaml, copied to META-INF/openapi.yaml. */
final class ContractFile {

    private ContractFile() {
    }

    static byte[] read() {
        try (InputStream in = ContractFile.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.yaml is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the contract", e);
        }
    }
}
