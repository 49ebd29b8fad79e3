package dk.kernebot.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The window binds from the strings people put in environment variables, through application.properties. */
class WorkingWindowTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WorkingWindow.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Properties.class);

    @Test
    void applicationPropertiesGiveWeekdaysEightToFourClosedOnChristmasAndNewYearsEve() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            WorkingWindow window = context.getBean(WorkingWindow.class);
            assertThat(window.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            assertThat(window.start()).isEqualTo(LocalTime.of(8, 0));
            assertThat(window.end()).isEqualTo(LocalTime.of(16, 0));
            assertThat(window.extraClosedDays()).containsExactly(MonthDay.of(12, 24), MonthDay.of(12, 31));
            assertThat(window).isEqualTo(new WorkingWindow(null, null, null, null));
        });
    }

    @Test
    void environmentVariablesOverrideEveryPart() {
        runner.withSystemProperties("KERNEBOT_FOLLOWUP_DAYS=MONDAY,THURSDAY", "KERNEBOT_FOLLOWUP_START=07:30",
                        "KERNEBOT_FOLLOWUP_END=14:45", "KERNEBOT_FOLLOWUP_CLOSED_DAYS=--12-24,--12-31,--06-05")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    WorkingWindow window = context.getBean(WorkingWindow.class);
                    assertThat(window.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
                    assertThat(window.start()).isEqualTo(LocalTime.of(7, 30));
                    assertThat(window.end()).isEqualTo(LocalTime.of(14, 45));
                    assertThat(window.extraClosedDays())
                            .containsExactly(MonthDay.of(12, 24), MonthDay.of(12, 31), MonthDay.of(6, 5));
                });
    }

    @Test
    void anEmptyVariableCountsAsNotConfiguredBecauseSpringBindsItAsNothing() {
        runner.withSystemProperties("KERNEBOT_FOLLOWUP_CLOSED_DAYS=", "KERNEBOT_FOLLOWUP_DAYS=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(WorkingWindow.class)).isEqualTo(new WorkingWindow(null, null, null, null));
        });
    }

    @Test
    void juledagAloneIsTheDocumentedWayToHaveNoExtraClosedDays() {
        runner.withSystemProperties("KERNEBOT_FOLLOWUP_CLOSED_DAYS=--12-25").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(WorkingWindow.class).extraClosedDays()).containsExactly(MonthDay.of(12, 25));
        });
    }

    @Test
    void aWindowThatEndsBeforeItStartsStopsTheApplication() {
        runner.withPropertyValues("kernebot.followup.window.start=16:00", "kernebot.followup.window.end=08:00")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void withoutAnyConfigurationTheDefaultsApply() {
        new ApplicationContextRunner().withUserConfiguration(Properties.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(WorkingWindow.class)).isEqualTo(new WorkingWindow(null, null, null, null));
        });
    }
}
