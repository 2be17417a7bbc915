package io.bcekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.EipGroupErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.config.ApiVersions;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.ErrorListener;
import io.bcekit.core.config.Slf4jFailureLog;
import io.bcekit.core.requestid.RandomUuidGenerator;
import io.bcekit.core.requestid.RequestIdGenerator;
import io.bcekit.core.requestid.RequestIdPolicy;
import io.bcekit.core.translation.FailureTranslator;
import io.bcekit.core.translation.TranslationRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigParametersTest {

    private static final ClassLoader LOADER = ConfigParametersTest.class.getClassLoader();

    public static class FixedGenerator implements RequestIdGenerator {
        public FixedGenerator() {
        }

        @Override
        public String newRequestId() {
            return "fixed-id";
        }
    }

    public static class EipRules implements TranslationRules {
        public EipRules() {
        }

        @Override
        public void addTo(FailureTranslator.Builder translator) {
            translator.map(UnsupportedOperationException.class, EipErrors.UNSUPPORTED_EIP_OPERATION);
        }
    }

    public static class EipGroupRules implements TranslationRules {
        public EipGroupRules() {
        }

        @Override
        public void addTo(FailureTranslator.Builder translator) {
            translator.mapStatus(404, EipGroupErrors.INSTANCE_NOT_FOUND);
        }
    }

    /** Keeps what it is told in a list of its own, so that a test can see the instance the config made. */
    public static class RecordingListener implements ErrorListener {
        final List<String> heard = new ArrayList<>();

        public RecordingListener() {
        }

        @Override
        public void answered(String code, int status, String adapter) {
            heard.add(code + " " + status + " " + adapter);
        }
    }

    public static class NoPublicConstructorRules implements TranslationRules {
        private NoPublicConstructorRules() {
        }

        @Override
        public void addTo(FailureTranslator.Builder translator) {
        }
    }

    @Test
    void noParametersGiveTheDefaults() {
        BceErrorConfig config = ConfigParameters.read(Map.of(), LOADER);

        assertThat(config.requestIdPolicy()).isEqualTo(RequestIdPolicy.ACCEPT_VALID);
        assertThat(config.requestIdGenerator()).isInstanceOf(RandomUuidGenerator.class);
        assertThat(config.mdcKey()).isEqualTo("requestId");
        assertThat(config.failureLog()).isInstanceOf(Slf4jFailureLog.class);
        assertThat(config.errorListener()).isSameAs(ErrorListener.NONE);
        assertThat(config.apiVersions()).isSameAs(ApiVersions.ANY);
        assertThat(config.translator().translateStatus(404).errorCode()).isSameAs(GlobalErrors.INVALID_URI);
        assertThat(config.requestIdFor("gateway-id.1")).isEqualTo("gateway-id.1");
    }

    @Test
    void alwaysGeneratePolicyIgnoresIncomingIds() {
        BceErrorConfig config = ConfigParameters.read(Map.of(
                ConfigParameters.REQUEST_ID_POLICY, "always-generate",
                ConfigParameters.REQUEST_ID_GENERATOR, FixedGenerator.class.getName()), LOADER);

        assertThat(config.requestIdPolicy()).isEqualTo(RequestIdPolicy.ALWAYS_GENERATE);
        assertThat(config.requestIdFor("gateway-id")).isEqualTo("fixed-id");
    }

    @Test
    void policyIsReadTrimmedAndCaseInsensitively() {
        BceErrorConfig config = ConfigParameters.read(Map.of("request-id-policy", " Accept-Valid "), LOADER);

        assertThat(config.requestIdPolicy()).isEqualTo(RequestIdPolicy.ACCEPT_VALID);
    }

    @Test
    void errorListenerClassIsInstantiatedAndKeptInTheConfig() {
        BceErrorConfig config = ConfigParameters.read(
                Map.of("error-listener", " " + RecordingListener.class.getName() + " "), LOADER);

        RecordingListener listener = (RecordingListener) config.errorListener();
        new ErrorResponder(config, "servlet").forStatus(new RequestSummary("rid", "GET", "/"), 404);
        assertThat(listener.heard).containsExactly("InvalidURI 400 servlet");
    }

    @Test
    void errorListenerThatIsNotOneFailsNamingTheParameter() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(Map.of("error-listener", EipRules.class.getName()), LOADER))
                .withMessage("Bad error-listener: " + EipRules.class.getName() + " is not a "
                        + "io.bcekit.core.config.ErrorListener");
    }

    @Test
    void generatorClassIsInstantiated() {
        BceErrorConfig config = ConfigParameters.read(
                Map.of("request-id-generator", " " + FixedGenerator.class.getName() + " "), LOADER);

        assertThat(config.requestIdGenerator()).isInstanceOf(FixedGenerator.class);
        assertThat(config.requestIdFor(null)).isEqualTo("fixed-id");
        assertThat(config.requestIdFor("bad id")).isEqualTo("fixed-id");
    }

    @Test
    void mdcKeyIsRead() {
        assertThat(ConfigParameters.read(Map.of("mdc-key", "traceId"), LOADER).mdcKey()).isEqualTo("traceId");
    }

    @Test
    void namesInMessagesCarryThePrefixGiven() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(Map.of("mdc-keys", "x"), LOADER, "bcekit."))
                .withMessage("Unknown bcekit parameter 'bcekit.mdc-keys'; known parameters: [bcekit.api-versions, "
                        + "bcekit.error-listener, bcekit.mdc-key, bcekit.request-id-generator, bcekit.request-id-policy, bcekit.translation-rules]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(Map.of("request-id-policy", "never"), LOADER, "bcekit."))
                .withMessage("Bad bcekit.request-id-policy 'never'; use accept-valid or always-generate");
        for (String name : new String[] {"request-id-generator", "translation-rules", "error-listener"}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ConfigParameters.read(Map.of(name, "com.example.Missing"), LOADER, "bcekit."))
                    .withMessage("Bad bcekit." + name + ": class com.example.Missing not found");
        }
        assertThat(ConfigParameters.read(Map.of("mdc-key", "traceId"), LOADER, "bcekit.").mdcKey()).isEqualTo("traceId");
    }

    @Test
    void apiVersionsAreReadAsACommaSeparatedList() {
        assertThat(ConfigParameters.read(Map.of("api-versions", " v2, v1 ,"), LOADER).apiVersions())
                .isEqualTo(ApiVersions.of("v1", "v2"));
        assertThat(ConfigParameters.read(Map.of("api-versions", " "), LOADER).apiVersions()).isSameAs(ApiVersions.ANY);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(Map.of("api-versions", "v1,2"), LOADER, "bcekit."))
                .withMessage("Bad bcekit.api-versions: Bad API version '2'; use v and 1 to 4 digits, e.g. v1");
    }

    @Test
    void blankMdcKeyIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(Map.of("mdc-key", "  "), LOADER))
                .withMessage("The MDC key must not be blank");
    }

    @Test
    void commaSeparatedTranslationRulesAreAllApplied() {
        BceErrorConfig config = ConfigParameters.read(Map.of("translation-rules",
                EipRules.class.getName() + " , " + EipGroupRules.class.getName() + ","), LOADER);

        FailureTranslator translator = config.translator();
        assertThat(translator.translate(new UnsupportedOperationException()).errorCode())
                .isSameAs(EipErrors.UNSUPPORTED_EIP_OPERATION);
        assertThat(translator.translateStatus(404).errorCode()).isSameAs(EipGroupErrors.INSTANCE_NOT_FOUND);
        assertThat(translator.translateStatus(405).errorCode().code()).isEqualTo("MethodNotAllowed");
    }

    @Test
    void unknownParameterIsRejectedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(Map.of("request-id-polcy", "accept-valid"), LOADER))
                .withMessage("Unknown bcekit parameter 'request-id-polcy'; known parameters: "
                        + "[api-versions, error-listener, mdc-key, request-id-generator, request-id-policy, translation-rules]");
    }

    @Test
    void badPolicyValueIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(Map.of("request-id-policy", "sometimes"), LOADER))
                .withMessage("Bad request-id-policy 'sometimes'; use accept-valid or always-generate");
    }

    @Test
    void generatorOfTheWrongTypeIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(
                        Map.of("request-id-generator", EipRules.class.getName()), LOADER))
                .withMessage("Bad request-id-generator: " + EipRules.class.getName()
                        + " is not a io.bcekit.core.requestid.RequestIdGenerator");
    }

    @Test
    void translationRulesOfTheWrongTypeAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(
                        Map.of("translation-rules", EipRules.class.getName() + "," + FixedGenerator.class.getName()),
                        LOADER))
                .withMessage("Bad translation-rules: " + FixedGenerator.class.getName()
                        + " is not a io.bcekit.core.translation.TranslationRules");
    }

    @Test
    void missingClassIsRejectedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(
                        Map.of("translation-rules", "com.example.MissingRules"), LOADER))
                .withMessage("Bad translation-rules: class com.example.MissingRules not found");
    }

    @Test
    void classWithoutPublicNoArgumentConstructorIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigParameters.read(
                        Map.of("translation-rules", NoPublicConstructorRules.class.getName()), LOADER))
                .withMessageStartingWith("Bad translation-rules: cannot instantiate "
                        + NoPublicConstructorRules.class.getName() + " through a public no-argument constructor");
    }
}
