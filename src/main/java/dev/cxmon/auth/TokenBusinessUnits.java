package dev.cxmon.auth;

import dev.cxmon.cxone.BusinessUnitScope;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The business units of the bulk call: those of cxone.business-units when set, else the token's own (its icBUId claim,
 * read from the current token each time, so a renewed token counts). A token that names none (opaque, or without a
 * numeric icBUId) asks for nothing and CXone answers with its default; the log says which, once.
 */
final class TokenBusinessUnits implements BusinessUnitScope {

    private static final Logger LOG = Logger.getLogger(TokenBusinessUnits.class);

    private final List<String> configured;
    private final TokenProvider tokens;
    private final AtomicBoolean told = new AtomicBoolean();

    TokenBusinessUnits(List<String> configured, TokenProvider tokens) {
        this.configured = List.copyOf(configured);
        this.tokens = tokens;
    }

    @Override
    public Optional<String> reqBUIds() {
        if (!configured.isEmpty()) {
            String units = String.join(",", configured);
            tellOnce("bulk agent states ask for business units " + units + " (cxone.business-units)");
            return Optional.of(units);
        }
        Optional<String> own = tokens.current().claims().flatMap(JwtClaims::icBUId).map(String::trim)
                .filter(id -> !id.isEmpty() && id.chars().allMatch(Character::isDigit));
        if (own.isPresent()) {
            tellOnce("bulk agent states ask for business unit " + own.get() + " (the token's icBUId claim)");
        } else {
            tellOnce("the access token names no business unit (opaque, or no numeric icBUId claim): bulk agent states send no "
                    + "reqBUIds and CXone answers for its default business unit; set cxone.business-units to choose");
        }
        return own;
    }

    private void tellOnce(String message) {
        if (told.compareAndSet(false, true)) {
            LOG.info(message);
        }
    }
}
