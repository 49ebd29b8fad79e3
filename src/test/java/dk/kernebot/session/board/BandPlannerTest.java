package dk.kernebot.session.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.kernebot.session.board.BoardLayout.Band;

class BandPlannerTest {

    private static final double INNER = 100;
    private static final double OUTER = 380;
    /** A label far outside the board, so only the bands themselves limit the bobler here. */
    private static final RingPlacer.Box NOWHERE = new RingPlacer.Box(5000, 5000, 5001, 5001);

    private final BandPlanner planner = new BandPlanner(INNER, OUTER, 30, 16, 64, 3, (level, band) -> placer(band));

    @Test
    void spareRoomRaisesTheNarrowestRingsToOneLevel() {
        assertThat(BandPlanner.evenedOut(new double[] {134, 30, 30, 30}, 281))
                .containsExactly(new double[] {134, 49, 49, 49}, offset(1e-9));
        assertThat(BandPlanner.evenedOut(new double[] {100, 100, 30, 40}, 281))
                .containsExactly(new double[] {100, 100, 40.5, 40.5}, offset(1e-9));
    }

    @Test
    void withoutSpareRoomTheWidthsStayAsNeeded() {
        assertThat(BandPlanner.evenedOut(new double[] {60, 80, 70, 71}, 281))
                .containsExactly(new double[] {60, 80, 70, 71}, offset(1e-9));
    }

    @Test
    void anEmptyBoardHasEqualRings() {
        Map<BoardLevel, Band> bands = planner.plan(Map.of());

        for (Band band : bands.values()) {
            assertThat(band.outer() - band.inner()).isCloseTo((OUTER - INNER) / 4, offset(1e-9));
        }
    }

    @Test
    void aRingWithBoblerTakesTheRoomOthersDoNotNeed() {
        Map<BoardLevel, Integer> counts = new EnumMap<>(BoardLevel.class);
        counts.put(BoardLevel.NATIONAL, 2);

        Map<BoardLevel, Band> bands = planner.plan(counts);

        Band national = bands.get(BoardLevel.NATIONAL);
        assertThat(national.outer() - national.inner()).isGreaterThanOrEqualTo(2 * 64 + 2 * 3);
        assertThat(bands.get(BoardLevel.INSTITUTION).inner()).isEqualTo(INNER);
        assertThat(bands.get(BoardLevel.INTERNATIONAL).outer()).isEqualTo(OUTER);
    }

    @Test
    void aRingTooFullForTheSmallestBoblerHoldsAtLeastAsManyAsAnEqualShareWould() {
        Map<BoardLevel, Integer> counts = new EnumMap<>(BoardLevel.class);
        counts.put(BoardLevel.INSTITUTION, 500);
        counts.put(BoardLevel.INTERNATIONAL, 1);
        List<BoardBubble> many = Collections.nCopies(500, new BoardBubble("boble", BoardLevel.INSTITUTION, null, false));

        Map<BoardLevel, Band> bands = planner.plan(counts);

        Band institution = bands.get(BoardLevel.INSTITUTION);
        int planned = placer(institution).place(many).spots().size();
        int equal = placer(new Band(INNER, INNER + (OUTER - INNER) / 4)).place(many).spots().size();
        assertThat(planned).isPositive().isGreaterThanOrEqualTo(equal);
        Band international = bands.get(BoardLevel.INTERNATIONAL);
        assertThat(placer(international).fits(1, 16)).isTrue();
    }

    @Test
    void ringsTooNarrowEvenForTheirNamesAreSharedEquallyRatherThanSearchedForever() {
        BandPlanner cramped = new BandPlanner(INNER, INNER + 100, 30, 16, 64, 3, (level, band) -> placer(band));

        Map<BoardLevel, Band> bands = cramped.plan(Map.of(BoardLevel.NATIONAL, 3));

        assertThat(bands.get(BoardLevel.NATIONAL).outer() - bands.get(BoardLevel.NATIONAL).inner())
                .isCloseTo(25, offset(1e-9));
    }

    private static RingPlacer placer(Band band) {
        return new RingPlacer(band.inner(), band.outer(), NOWHERE, 16, 64, 3, 0.5);
    }
}
