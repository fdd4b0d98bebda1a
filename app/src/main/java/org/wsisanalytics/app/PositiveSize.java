package org.wsisanalytics.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A {@link org.springframework.util.unit.DataSize} of at least one byte; Bean Validation has no constraint for it. */
@Documented
@Constraint(validatedBy = PositiveSizeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface PositiveSize {

    String message() default "must be at least 1 byte (e.g. 52428800 or 50MB)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
