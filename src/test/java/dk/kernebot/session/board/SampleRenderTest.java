package dk.kernebot.session.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Leaves a sample board in target/ for a person to look at. */
class SampleRenderTest {

    private final BoardRenderer renderer = new BoardRenderer();

    @Test
    void writesASampleBoardToTarget() throws Exception {
        Board board = BoardSamples.aalborg();
        BoardLabels labels = BoardSamples.labels("da");
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("board-sample.svg"), renderer.svg(board, labels, PaperSize.A3),
                StandardCharsets.UTF_8);
        Files.write(target.resolve("board-sample.pdf"), renderer.pdf(board, labels, PaperSize.A3));
        Files.write(target.resolve("board-sample.png"), renderer.previewPng(board, labels, 800));
        Files.write(target.resolve("board-sample-crowded.png"),
                renderer.previewPng(BoardSamples.crowded(20, 15, 15, 10), labels, 800));
        Files.write(target.resolve("board-sample-overflow.png"),
                renderer.previewPng(BoardSamples.crowded(50, 2, 0, 1), labels, 800));

        assertThat(target.resolve("board-sample.png")).isNotEmptyFile();
        assertThat(target.resolve("board-sample.pdf")).isNotEmptyFile();
    }
}
