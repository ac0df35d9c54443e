package io.mayorsdialogue.api.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource with operations that take an {@code Idempotency-Key}: the answer to a keyed request is recorded in
 * the transaction that makes the change (AnswerInTheChange), so the two are committed together or not at all.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordsIdempotentAnswers {
}
