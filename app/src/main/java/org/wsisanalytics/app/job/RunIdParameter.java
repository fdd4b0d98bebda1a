package org.wsisanalytics.app.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Value;

/** Injects the run id job parameter into a step-scoped bean: the parameter's name is written once, here. */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Value("#{jobParameters['" + RunParameters.RUN_ID + "']}")
@interface RunIdParameter {}
