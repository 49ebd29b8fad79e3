package dk.kernebot.actionplan;

import java.util.ArrayList;
import java.util.List;

/** A strict little RFC 4180 reader, so the tests read the CSV the way a spreadsheet does, not the way it was written. */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> read(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean cellStarted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && !cellStarted) {
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new IllegalArgumentException("unterminated quoted cell");
                    }
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(q);
                    }
                }
                cellStarted = true;
                if (i < csv.length() && csv.charAt(i) != separator && csv.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("bare CR at " + i);
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "line feed") + " at " + i);
            } else {
                cell.append(c);
                cellStarted = true;
                i++;
            }
        }
        if (cellStarted || !row.isEmpty()) {
            throw new IllegalArgumentException("last row does not end with CRLF");
        }
        return rows;
    }
}
