package dk.kernebot.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DanishDatesTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private static final LocalDate FIRST_OF_MARCH = LocalDate.of(2027, 3, 1);

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-01", "1. marts 2027", "1 marts 2027", "1. mar 2027", "1. mar. 2027", "1/3-2027",
            "1/3 2027", "1/3/2027", "1.3.2027", "01-03-2027", "1/3-27", "  1.   Marts   2027 ", "1. MARTS 2027",
            "1.marts 2027", "den 1. marts 2027", "1. 3. 2027", "1/3", "1. marts", "1 mar", "01.03", "\t1/3\n"})
    void everyAcceptedFormGivesTheFirstOfMarch2027(String text) {
        assertThat(DanishDates.parse(text, TODAY)).as(text).contains(FIRST_OF_MARCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1. januar 2027:1", "1. jan 2027:1", "1. februar 2027:2", "1. feb. 2027:2",
            "1. april 2027:4", "1. apr 2027:4", "1. maj 2027:5", "1. juni 2027:6", "1. jun 2027:6", "1. juli 2027:7",
            "1. jul 2027:7", "1. august 2027:8", "1. aug 2027:8", "1. september 2027:9", "1. sep 2027:9",
            "1. sept. 2027:9", "1. oktober 2027:10", "1. okt 2027:10", "1. november 2027:11", "1. nov 2027:11",
            "1. december 2027:12", "1. dec 2027:12", "1. DEC. 2027:12", "1. Okt 2027:10"})
    void danishMonthNamesAndAbbreviationsInAnyCase(String textAndMonth) {
        String[] parts = textAndMonth.split(":");
        assertThat(DanishDates.parse(parts[0], TODAY)).as(parts[0])
                .contains(LocalDate.of(2027, Integer.parseInt(parts[1]), 1));
    }

    @Test
    void todayAndTomorrow() {
        assertThat(DanishDates.parse("i dag", TODAY)).contains(TODAY);
        assertThat(DanishDates.parse(" I  Dag ", TODAY)).contains(TODAY);
        assertThat(DanishDates.parse("i morgen", TODAY)).contains(TODAY.plusDays(1));
        assertThat(DanishDates.parse("I MORGEN", LocalDate.of(2026, 12, 31))).contains(LocalDate.of(2027, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/2-2027", "30. februar 2027", "0/1-2027", "1/13-2027", "1/0-2027", "2027-13-01",
            "2027-02-29", "32. januar 2027", "1. marts2027x", "1. march 2027", "1. ma 2027", "marts", "", "   ",
            "i går", "morgen", "1/3-20277", "1//3", "1. 2027", "١/٣-٢٠٢٧", "2027/03/01x", "99999999999/3"})
    void invalidOrUnknownTextsAreEmptyNeverAnException(String text) {
        assertThat(DanishDates.parse(text, TODAY)).as(text).isEmpty();
    }

    @Test
    void nullIsEmpty() {
        assertThat(DanishDates.parse(null, TODAY)).isEmpty();
    }

    @Test
    void withoutAYearTheNextSuchDayOnOrAfterTodayIsMeantEvenAcrossNewYear() {
        LocalDate lateDecember = LocalDate.of(2026, 12, 28);
        assertThat(DanishDates.parse("5/1", lateDecember)).contains(LocalDate.of(2027, 1, 5));
        assertThat(DanishDates.parse("5. januar", lateDecember)).contains(LocalDate.of(2027, 1, 5));
        assertThat(DanishDates.parse("28/12", lateDecember)).as("today itself").contains(lateDecember);
        assertThat(DanishDates.parse("27/12", lateDecember)).contains(LocalDate.of(2027, 12, 27));
        assertThat(DanishDates.parse("31. december", lateDecember)).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void leapDayWithoutAYearWaitsForTheNextLeapYear() {
        assertThat(DanishDates.parse("29/2", TODAY)).contains(LocalDate.of(2028, 2, 29));
        assertThat(DanishDates.parse("29/2-2028", TODAY)).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void formatsInDanishAndEnglish() {
        assertThat(DanishDates.format(FIRST_OF_MARCH, DANISH)).isEqualTo("1. marts 2027");
        assertThat(DanishDates.format(FIRST_OF_MARCH, Locale.forLanguageTag("da-DK"))).isEqualTo("1. marts 2027");
        assertThat(DanishDates.format(FIRST_OF_MARCH, Locale.ENGLISH)).isEqualTo("1 March 2027");
        assertThat(DanishDates.format(FIRST_OF_MARCH, Locale.US)).isEqualTo("1 March 2027");
        assertThat(DanishDates.format(LocalDate.of(2027, 5, 17), DANISH)).isEqualTo("17. maj 2027");
    }

    @Test
    void whatItFormatsInDanishItParsesBack() {
        for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() == 2027; day = day.plusDays(1)) {
            assertThat(DanishDates.parse(DanishDates.format(day, DANISH), TODAY)).contains(day);
        }
    }

}
