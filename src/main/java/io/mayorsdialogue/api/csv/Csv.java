package io.mayorsdialogue.api.csv;

/**
 * Spreadsheet output for organisers (RFC 4180), safe to open: cells that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) are prefixed with an apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** Appends one row of cells, each escaped, ended by CRLF. */
    public static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        csv.append("\r\n");
    }
}
