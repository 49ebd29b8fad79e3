package dk.kernebot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Database settings that are not domain code: the SQLite data folder and the clock. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    /**
     * SQLite creates the database file but not its folder; make ./data/ before the pool first connects. This one
     * reads the URL because nothing has connected yet: a URL that names no SQLite file makes no folder. (The SQL
     * dialect comes from the connected database instead: {@link SqliteDialectProvider}.)
     */
    @Bean
    static BeanPostProcessor sqliteFolderCreator(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource) {
                    SqliteUrls.databaseFile(environment.getProperty("spring.datasource.url", ""))
                            .map(Path::getParent)
                            .ifPresent(StorageConfiguration::createFolder);
                }
                return bean;
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + folder, e);
        }
    }
}
