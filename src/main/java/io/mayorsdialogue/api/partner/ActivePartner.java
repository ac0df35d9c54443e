package io.mayorsdialogue.api.partner;

import java.util.UUID;

/** A partner whose key is valid: who is calling, and the one city it acts for. */
public record ActivePartner(UUID id, UUID cityId) {
}
