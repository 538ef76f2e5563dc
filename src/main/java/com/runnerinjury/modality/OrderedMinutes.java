package com.runnerinjury.modality;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A session range whose {@code max} is not below its {@code min}; a violation names the {@code max} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OrderedMinutes.Validator.class)
public @interface OrderedMinutes {

    String message() default "must not be less than min";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the order and reports it on {@code max}, where a client will look for it. */
    class Validator implements ConstraintValidator<OrderedMinutes, SessionMinutes> {

        @Override
        public boolean isValid(SessionMinutes minutes, ConstraintValidatorContext context) {
            if (minutes == null || minutes.min() <= minutes.max()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("max").addConstraintViolation();
            return false;
        }
    }
}
