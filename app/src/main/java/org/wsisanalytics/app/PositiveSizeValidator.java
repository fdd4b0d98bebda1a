package org.wsisanalytics.app;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.util.unit.DataSize;

/** Checks {@link PositiveSize}; an unset size is left to {@code @NotNull} where one is needed. */
class PositiveSizeValidator implements ConstraintValidator<PositiveSize, DataSize> {

    @Override
    public boolean isValid(DataSize value, ConstraintValidatorContext context) {
        return value == null || value.toBytes() > 0;
    }
}
