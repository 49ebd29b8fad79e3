package dk.kernebot.chat;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles (messages_da, messages_en). Declared here because Boot only configures one when a base
 * messages.properties exists, and we want Danish, not the server's locale, whenever a text is missing in English.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Texts.DANISH);
        // Every text goes through MessageFormat, so an apostrophe is always written '' whether or not it has {0}.
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
