package io.mayorsdialogue.api.web;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * A text's length is counted in characters (code points), as the contract's {@code maxLength} (JSON Schema) and
 * PostgreSQL's {@code varchar(n)} count it. Bean Validation's {@code @Size} on a string counts UTF-16 units, in which
 * a character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) counts twice: a name of 111 such
 * characters was refused against a documented limit of 200.
 */
@Singleton
public class CodePointLengths implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        // for a String, more specific than the built-in validator's CharSequence, so it is the one chosen
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(StringSize.class);
        configuration.addMapping(mapping);
    }

    /** {@code @Size} on a {@code String}, in code points. */
    public static class StringSize implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            return length >= min && length <= max;
        }
    }
}
