package se.maltavla.dataimport.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What careless committees and hostile insiders do to a CSV file, each driven by the fuzzer's
 * data: random bytes, truncation anywhere, other delimiters and encodings, stray and doubled
 * quotes, huge cells, duplicated and reordered columns, blank and junk lines.
 */
enum Mutation {
    RANDOM_BYTES {
        @Override
        byte[] apply(byte[] file, Choices data) {
            byte[] out = file.clone();
            int count = data.between(1, 16);
            for (int i = 0; i < count && out.length > 0; i++) {
                out[data.between(0, out.length - 1)] = data.aByte();
            }
            return out;
        }
    },
    INSERTED_BYTES {
        @Override
        byte[] apply(byte[] file, Choices data) {
            return insert(file, data.between(0, file.length), data.bytes(data.between(1, 64)));
        }
    },
    TRUNCATED {
        @Override
        byte[] apply(byte[] file, Choices data) {
            return Arrays.copyOf(file, data.between(0, file.length));
        }
    },
    OTHER_DELIMITER {
        @Override
        byte[] apply(byte[] file, Choices data) {
            byte to = data.pick(new Byte[] {',', '\t', '|', ' '});
            boolean everyOne = data.flip();
            byte[] out = file.clone();
            for (int i = 0; i < out.length; i++) {
                if (out[i] == ';' && (everyOne || data.flip())) {
                    out[i] = to;
                }
            }
            return out;
        }
    },
    OTHER_ENCODING {
        @Override
        byte[] apply(byte[] file, Choices data) {
            String text = new String(file, StandardCharsets.UTF_8);
            Charset to = data.pick(new Charset[] {
                Charset.forName("windows-1252"),
                StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE,
                StandardCharsets.ISO_8859_1,
                StandardCharsets.UTF_8
            });
            byte[] bom = switch (data.between(0, 3)) {
                case 0 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                case 1 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
                case 2 -> new byte[] {(byte) 0xFE, (byte) 0xFF};
                default -> new byte[0];
            };
            return concat(bom, text.getBytes(to));
        }
    },
    QUOTES {
        @Override
        byte[] apply(byte[] file, Choices data) {
            byte[] out = file;
            int count = data.between(1, 6);
            for (int i = 0; i < count; i++) {
                byte[] quotes = data.flip() ? new byte[] {'"'} : new byte[] {'"', '"'};
                out = insert(out, data.between(0, out.length), quotes);
            }
            return out;
        }
    },
    HUGE_CELL {
        @Override
        byte[] apply(byte[] file, Choices data) {
            int length =
                    data.pick(new Integer[] {101, 501, 1_001, 2_001, 4_001, 8_001, 20_001, 32_767, 32_768, 40_000});
            char filler = data.pick(new Character[] {'x', 'å', ';', '"', ' ', '\n', '0', '€'});
            int at = lineStart(file, data);
            return insert(file, at, String.valueOf(filler).repeat(length).getBytes(StandardCharsets.UTF_8));
        }
    },
    DUPLICATED_COLUMN {
        @Override
        byte[] apply(byte[] file, Choices data) {
            List<List<String>> rows = cells(file);
            int column = data.between(0, 30);
            for (List<String> row : rows) {
                if (column < row.size()) {
                    row.add(column, row.get(column));
                }
            }
            return join(rows);
        }
    },
    REORDERED_COLUMNS {
        @Override
        byte[] apply(byte[] file, Choices data) {
            List<List<String>> rows = cells(file);
            int a = data.between(0, 20);
            int b = data.between(0, 20);
            boolean headerOnly = data.flip();
            for (int r = 0; r < rows.size() && (!headerOnly || r == 0); r++) {
                List<String> row = rows.get(r);
                if (a < row.size() && b < row.size()) {
                    String moved = row.get(a);
                    row.set(a, row.get(b));
                    row.set(b, moved);
                }
            }
            return join(rows);
        }
    },
    JUNK_LINES {
        @Override
        byte[] apply(byte[] file, Choices data) {
            String junk = data.pick(new String[] {
                "\r\n",
                ";;;;;\r\n",
                "\r",
                "\n\n\n",
                "=1+1;@SUM(A1);+1\r\n",
                "kommun;indikator_kod;period;varde\r\n",
                "1081;;;\r\n",
                "\u0000\r\n",
                "\"\r\n"
            });
            return insert(file, lineStart(file, data), junk.getBytes(StandardCharsets.UTF_8));
        }
    };

    abstract byte[] apply(byte[] file, Choices data);

    private static int lineStart(byte[] file, Choices data) {
        int at = data.between(0, file.length);
        while (at > 0 && file[at - 1] != '\n') {
            at--;
        }
        return at;
    }

    private static byte[] insert(byte[] file, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + inserted.length);
        out.write(file, 0, at);
        out.writeBytes(inserted);
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }

    private static List<List<String>> cells(byte[] file) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : new String(file, StandardCharsets.UTF_8).split("\r?\n", -1)) {
            rows.add(new ArrayList<>(Arrays.asList(line.split(";", -1))));
        }
        return rows;
    }

    private static byte[] join(List<List<String>> rows) {
        List<String> lines = rows.stream().map(row -> String.join(";", row)).toList();
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
