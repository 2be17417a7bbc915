package io.bcekit.spring.boot.secured;

import java.security.Principal;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The endpoints {@link SecuredEndpoints} guards; each answers who called it. */
@RestController
public class SecuredController {

    @GetMapping("/secure/x")
    public Map<String, Object> secure(Principal caller) {
        return Map.of("user", caller.getName());
    }

    @PostMapping("/secure/x")
    public Map<String, Object> securePost(Principal caller) {
        return Map.of("user", caller.getName());
    }

    @GetMapping("/admin/x")
    public Map<String, Object> admin(Principal caller) {
        return Map.of("user", caller.getName());
    }

    /** Open by URL; Spring Security's method interceptor throws before the body runs for anyone but ADMIN. */
    @GetMapping("/method/admin-only")
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Object> adminOnly(Principal caller) {
        return Map.of("user", caller.getName());
    }
}
