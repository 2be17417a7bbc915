package io.bcekit.samples;

import io.bcekit.auth.Authorizer;
import io.bcekit.auth.BcePrincipal;

/** Lets read-only accounts make GET (and HEAD) requests only; {@code BceAuthFilter} answers the rest {@code AccessDenied}. */
public class ReadOnlyAuthorizer implements Authorizer {

    @Override
    public boolean isAllowed(BcePrincipal principal, String method, String path) {
        boolean readOnly = DemoAccount.byAccessKey(principal.accessKeyId()).map(DemoAccount::readOnly).orElse(true);
        return !readOnly || method.equals("GET") || method.equals("HEAD");
    }
}
