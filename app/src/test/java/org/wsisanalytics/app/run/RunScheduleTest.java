package org.wsisanalytics.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class RunScheduleTest {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private final RunSchedule mondays = new RunSchedule(CronExpression.parse("0 0 6 * * MON"), Clock.system(GENEVA));

    @Test
    void firesOnTheNextMondayAtSix() {
        ZonedDateTime saturday = ZonedDateTime.of(2026, 11, 28, 10, 15, 0, 0, GENEVA);
        assertThat(mondays.nextAfter(saturday)).isEqualTo(ZonedDateTime.of(2026, 11, 30, 6, 0, 0, 0, GENEVA));
    }

    @Test
    void aRunAtSixSharpIsFollowedByTheNextWeeksRun() {
        ZonedDateTime monday = ZonedDateTime.of(2026, 11, 30, 6, 0, 0, 0, GENEVA);
        assertThat(mondays.nextAfter(monday)).isEqualTo(ZonedDateTime.of(2026, 12, 7, 6, 0, 0, 0, GENEVA));
    }

    @Test
    void keepsLocalTimeAcrossTheChangeOfSummerTime() {
        ZonedDateTime beforeSpringForward = ZonedDateTime.of(2027, 3, 27, 12, 0, 0, 0, GENEVA);
        ZonedDateTime next = mondays.nextAfter(beforeSpringForward);
        assertThat(next.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2027, 3, 29, 6, 0));
    }
}
