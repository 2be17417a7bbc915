package io.bcekit.spring.boot.secured;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security as an application sets it up: HTTP Basic against two in-memory users ("user"
 * with role USER, "admin" with ADMIN), {@code /secure/**} for any signed-in user, {@code /admin/**}
 * for ADMIN, the rest open (method security guards {@code /method/**}), CSRF protection as Boot
 * leaves it (on). Outside the fixture package, so the other fixture applications do not scan it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@Import(SecuredController.class)
public class SecuredEndpoints {

    public static final String USER_PASSWORD = "user-password";
    public static final String ADMIN_PASSWORD = "admin-password";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/secure/**").authenticated()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("user").password("{noop}" + USER_PASSWORD).roles("USER").build(),
                User.withUsername("admin").password("{noop}" + ADMIN_PASSWORD).roles("ADMIN").build());
    }
}
