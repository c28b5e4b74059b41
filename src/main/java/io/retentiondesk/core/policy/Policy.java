package io.retentiondesk.core.policy;

import io.retentiondesk.core.callback.CallbackPolicy;
import io.retentiondesk.core.churn.RiskPolicy;
import io.retentiondesk.core.rates.RatesPolicy;
import io.retentiondesk.core.satisfaction.SatisfactionPolicy;
import io.retentiondesk.core.ticket.CustomerIdentity;
import io.retentiondesk.core.tier.TieringPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The administrator's policy (SPEC §7): one versioned document holding every default of SPEC §1–6. Immutable
 * and thread-safe; read with {@link PolicyParser}, which rejects a bad document whole.
 *
 * @param version      document version (1)
 * @param identity     which account a ticket belongs to
 * @param tiering      value tier settings
 * @param satisfaction satisfaction settings
 * @param callbacks    complaint and callback settings
 * @param risk         churn-risk settings
 * @param rates        churn and retention rate settings
 * @param fields       export fields named explicitly, by logical name (see {@link ExportField})
 */
public record Policy(int version, CustomerIdentity identity, TieringPolicy tiering, SatisfactionPolicy satisfaction,
                     CallbackPolicy callbacks, RiskPolicy risk, RatesPolicy rates, Map<ExportField, String> fields) {
    public static final int CURRENT_VERSION = 1;
    private static final String DEFAULT_RESOURCE = "default-policy.json";

    public Policy {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(tiering, "tiering");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(callbacks, "callbacks");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(rates, "rates");
        fields = Map.copyOf(fields);
    }

    /** The shipped defaults: exactly the numbers of SPEC §1–6. */
    public static Policy defaults() {
        return PolicyParser.parse(defaultJson());
    }

    /** The shipped default document, as an administrator would edit it. */
    public static String defaultJson() {
        try (InputStream in = Policy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
