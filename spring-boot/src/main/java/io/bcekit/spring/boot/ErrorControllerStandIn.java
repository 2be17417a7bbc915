package io.bcekit.spring.boot;

import io.bcekit.servlet.BceErrorFilter;
import java.lang.reflect.Proxy;
import java.util.List;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Registers a do-nothing {@code ErrorController}, because Boot installs its
 * {@code BasicErrorController} (Boot's JSON or the Whitelabel page for {@code /error}) only when the
 * application has none. {@link BceErrorFilter} answers every error dispatch itself, so nothing needs
 * to serve {@code /error}: a request for it is an unknown path like any other. Boot 4 and Boot 3.5
 * name the marker interface differently and one jar serves both, so the stand-in is a proxy of
 * whichever is present. An application's own error controller is left alone.
 */
final class ErrorControllerStandIn implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware {

    private static final List<String> ERROR_CONTROLLER_TYPES = List.of(
            "org.springframework.boot.webmvc.error.ErrorController", // Boot 4
            "org.springframework.boot.web.servlet.error.ErrorController"); // Boot 3

    private ClassLoader classLoader = ErrorControllerStandIn.class.getClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader beanClassLoader) {
        this.classLoader = beanClassLoader;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata importingClass, BeanDefinitionRegistry registry) {
        for (String typeName : ERROR_CONTROLLER_TYPES) {
            if (ClassUtils.isPresent(typeName, classLoader)) {
                Class<?> type = ClassUtils.resolveClassName(typeName, classLoader);
                if (registry instanceof ListableBeanFactory beans
                        && beans.getBeanNamesForType(type, true, false).length > 0) {
                    return; // the application's own
                }
                RootBeanDefinition standIn = new RootBeanDefinition();
                standIn.setTargetType(type);
                standIn.setInstanceSupplier(() -> markerOf(type));
                registry.registerBeanDefinition("bceErrorController", standIn);
                return;
            }
        }
    }

    /** An instance of marker interface {@code type} (it has no methods but Object's). */
    private static Object markerOf(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "bcekit's stand-in for Boot's error controller";
                });
    }
}
