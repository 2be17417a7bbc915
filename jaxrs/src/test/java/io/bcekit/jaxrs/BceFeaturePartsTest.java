package io.bcekit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.bcekit.core.config.ApiVersions;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.jaxrs.RecordingFeatureContext.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What BceFeature registers, at which priorities, and what each {@code without(Part)} leaves out. */
class BceFeaturePartsTest {

    private static final List<Registration> EVERYTHING = List.of(
            new Registration("RequestIdFilter", 10),
            new Registration("BceExceptionMapper", 100),
            new Registration("WebApplicationExceptionMapper", 100),
            new Registration("ThrowableMapper", 100),
            new Registration("FailedWriteInterceptor", 100),
            new Registration("EmptyJsonBodyInterceptor", 100),
            new Registration("JacksonParseExceptionMapper", 100),
            new Registration("JacksonMappingExceptionMapper", 100),
            new Registration("JacksonProcessingExceptionMapper", 100),
            new Registration("BceObjectMapperResolver", 9000),
            new Registration("Jackson3StreamReadExceptionMapper", 100),
            new Registration("Jackson3DatabindExceptionMapper", 100),
            new Registration("Jackson3ExceptionMapper", 100),
            new Registration("ValidationExceptionMapper", 100));

    private static List<Registration> configure(BceFeature feature, Map<String, Object> properties) {
        RecordingFeatureContext recorder = new RecordingFeatureContext(properties);
        assertThat(feature.configure(recorder.context(BceFeaturePartsTest.class.getClassLoader()))).isTrue();
        return recorder.registrations;
    }

    @Test
    void everythingIsRegisteredByDefault() {
        assertThat(configure(new BceFeature(), Map.of())).containsExactlyElementsOf(EVERYTHING);
    }

    @Test
    void declaredApiVersionsAddTheVersionFilterAfterAuthentication() {
        assertThat(configure(new BceFeature().withApiVersions("v1"), Map.of()))
                .contains(new Registration("ApiVersionFilter", 101));
        assertThat(configure(new BceFeature(), Map.of("bcekit.api-versions", "v1, v2")))
                .contains(new Registration("ApiVersionFilter", 101));
        assertThat(configure(new BceFeature(BceErrorConfig.defaults().withApiVersions(ApiVersions.of("v1"))), Map.of()))
                .contains(new Registration("ApiVersionFilter", 101));
        assertThat(configure(new BceFeature(BceErrorConfig.defaults().withApiVersions(ApiVersions.of("v1")))
                .withApiVersions(), Map.of())).doesNotContain(new Registration("ApiVersionFilter", 101));
        assertThat(BceAuthRequestFilter.PRIORITY).isBetween(RequestIdFilter.PRIORITY + 1, 100);
    }

    @ParameterizedTest
    @EnumSource(BceFeature.Part.class)
    void eachPartCanBeLeftOutAlone(BceFeature.Part part) {
        List<Registration> expected = new ArrayList<>(EVERYTHING);
        expected.removeIf(registration -> partOf(registration.component()) == part);

        assertThat(expected).hasSizeLessThan(EVERYTHING.size());
        assertThat(configure(new BceFeature().without(part), Map.of())).containsExactlyElementsOf(expected);
    }

    @Test
    void partsLeftOutAddUp() {
        List<Registration> registered = configure(new BceFeature().without(BceFeature.Part.JACKSON_MAPPERS)
                .without(BceFeature.Part.VALIDATION_MAPPER).withApiVersions("v1"), Map.of());

        assertThat(registered).extracting(Registration::component).doesNotContain("JacksonParseExceptionMapper",
                "JacksonMappingExceptionMapper", "JacksonProcessingExceptionMapper", "Jackson3StreamReadExceptionMapper",
                "Jackson3DatabindExceptionMapper", "Jackson3ExceptionMapper", "ValidationExceptionMapper")
                .contains("ApiVersionFilter", "BceObjectMapperResolver");
    }

    @Test
    void unknownBcekitPropertyFailsNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> configure(new BceFeature(), Map.of("bcekit.request-id-polcy", "x")))
                .withMessageContaining("request-id-polcy");
    }

    /** The part each component belongs to; null for those that cannot be left out. */
    private static BceFeature.Part partOf(String component) {
        return switch (component) {
            case "JacksonParseExceptionMapper", "JacksonMappingExceptionMapper", "JacksonProcessingExceptionMapper",
                    "Jackson3StreamReadExceptionMapper", "Jackson3DatabindExceptionMapper", "Jackson3ExceptionMapper" ->
                    BceFeature.Part.JACKSON_MAPPERS;
            case "ValidationExceptionMapper" -> BceFeature.Part.VALIDATION_MAPPER;
            case "BceObjectMapperResolver" -> BceFeature.Part.OBJECT_MAPPER_RESOLVER;
            case "EmptyJsonBodyInterceptor" -> BceFeature.Part.EMPTY_JSON_BODY_CHECK;
            case "FailedWriteInterceptor" -> BceFeature.Part.FAILED_WRITE_INTERCEPTOR;
            default -> null;
        };
    }
}
