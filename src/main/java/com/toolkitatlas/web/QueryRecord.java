package com.toolkitatlas.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request record read from the query: every component text or a list of text, named as
 * its parameter. A controller method's parameter of such a type is read by
 * {@link QueryRecordArguments} without Spring's binding work per request, exactly as that
 * binding would read it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QueryRecord {

}
