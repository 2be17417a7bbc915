package io.bcekit.spring.boot;

import io.bcekit.servlet.BceErrorFilter;
import org.springframework.boot.webmvc.error.ErrorController;

/**
 * Stands in for Boot's {@code BasicErrorController}, which Boot installs only when no
 * {@link ErrorController} exists. {@link BceErrorFilter} answers every error dispatch itself, so
 * nothing serves {@code /error}: a request for it is an unknown path like any other.
 */
final class FilterAnsweredErrorController implements ErrorController {
}
