package io.bcekit.core.translation;

import static io.bcekit.core.translation.Jackson2FailuresTest.INTERNAL_ERROR;
import static io.bcekit.core.translation.Jackson2FailuresTest.inappropriate;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Real violations from Hibernate Validator, as a JAX-RS runtime or a service's own code raises them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstraintViolationsTest {

    private final FailureTranslator translator = FailureTranslator.defaults();
    private ValidatorFactory factory;
    private Validator validator;
    private Locale before;

    public static class Reservation {
        @Min(1)
        public int reservationLength = 1;
    }

    public static class Billing {
        @Valid
        public Reservation reservation = new Reservation();
    }

    public static class CreateEip {
        @Min(1)
        public int bandwidthInMbps = 1;
        @Size(max = 3)
        public String name = "web";
        @Valid
        public Billing billing = new Billing();
        public List<@NotNull String> tags = List.of();
    }

    /** Stands for a resource: its parameter and its return value carry constraints. */
    public static class EipService {
        @NotNull
        public String create(@Valid @NotNull CreateEip body) {
            return null;
        }

        public void tag(List<@NotNull String> tags) {
        }
    }

    @BeforeAll
    void startValidator() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the provider's messages follow the default locale
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    void stopValidator() {
        factory.close();
        Locale.setDefault(before);
    }

    private ConstraintViolationException parameterViolations(CreateEip body) throws NoSuchMethodException {
        ExecutableValidator executables = validator.forExecutables();
        Method create = EipService.class.getMethod("create", CreateEip.class);
        return new ConstraintViolationException(executables.validateParameters(new EipService(), create,
                new Object[] {body}));
    }

    @Test
    void violatedFieldOfARequestBodyIsNamed() throws Exception {
        CreateEip body = new CreateEip();
        body.bandwidthInMbps = 0;

        assertThat(translator.translate(parameterViolations(body)))
                .isEqualTo(inappropriate(" Field 'bandwidthInMbps' must be greater than or equal to 1."));
    }

    @Test
    void nestedFieldIsNamedByItsPath() throws Exception {
        CreateEip body = new CreateEip();
        body.billing.reservation.reservationLength = 0;

        assertThat(translator.translate(parameterViolations(body))).isEqualTo(
                inappropriate(" Field 'billing.reservation.reservationLength' must be greater than or equal to 1."));
    }

    @Test
    void listElementIsNamedByItsIndex() throws Exception {
        CreateEip body = new CreateEip();
        body.tags = java.util.Arrays.asList("a", null);

        assertThat(translator.translate(parameterViolations(body)))
                .isEqualTo(inappropriate(" Field 'tags[1]' must not be null."));
    }

    @Test
    void severalViolationsAreListedInOneOrder() throws Exception {
        CreateEip body = new CreateEip();
        body.bandwidthInMbps = 0;
        body.name = "too long";

        assertThat(translator.translate(parameterViolations(body))).isEqualTo(inappropriate(
                " Field 'bandwidthInMbps' must be greater than or equal to 1. Field 'name' size must be between 0 and 3."));
    }

    @Test
    void missingBodyIsTheRequestItself() throws Exception {
        assertThat(translator.translate(parameterViolations(null)))
                .isEqualTo(inappropriate(" Request must not be null."));
    }

    @Test
    void beanValidatedByTheServiceItselfNamesTheField() {
        CreateEip body = new CreateEip();
        body.bandwidthInMbps = 0;

        assertThat(translator.translate(new ConstraintViolationException(validator.validate(body))))
                .isEqualTo(inappropriate(" Field 'bandwidthInMbps' must be greater than or equal to 1."));
    }

    @Test
    void violatedReturnValueIsTheServicesOwnBug() throws Exception {
        Method create = EipService.class.getMethod("create", CreateEip.class);
        ConstraintViolationException failure = new ConstraintViolationException(
                validator.forExecutables().validateReturnValue(new EipService(), create, null));

        assertThat(failure.getConstraintViolations()).hasSize(1);
        assertThat(translator.translate(failure)).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void violationExceptionWithoutViolationsIsInappropriateJson() {
        assertThat(translator.translate(new ConstraintViolationException("no details", null)))
                .isEqualTo(inappropriate(""));
        assertThat(translator.translate(new ConstraintViolationException(Set.of()))).isEqualTo(inappropriate(""));
    }

    /** A body that is itself a list: no field to name, so no bare index either. */
    @Test
    void elementOfAListBodyIsTheRequestItself() throws Exception {
        Method tag = EipService.class.getMethod("tag", List.class);
        ConstraintViolationException failure = new ConstraintViolationException(validator.forExecutables()
                .validateParameters(new EipService(), tag, new Object[] {java.util.Arrays.asList("a", null)}));

        assertThat(translator.translate(failure)).isEqualTo(inappropriate(" Request must not be null."));
    }
}
