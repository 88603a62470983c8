package chorus.poster;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as SVG: one path of whole-module squares on a white square with the four-module quiet
 * zone the standard asks for. Vector, so it prints crisp at any size, and no script or image file.
 */
public final class QrSvg {

    /** Quiet zone around the code, in modules (ISO/IEC 18004 asks for four). */
    public static final int BORDER = 4;
    /** Medium (~15 %) recovery: survives a crease or a smudge on a printed poster, and stays small. */
    public static final QrCode.Ecc ECC = QrCode.Ecc.MEDIUM;

    private QrSvg() {
    }

    public static QrCode encode(String text) {
        return QrCode.encodeText(text, ECC);
    }

    /** The dark modules as one path: each horizontal run of dark modules is one rectangle. */
    public static String path(QrCode code) {
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            int x = 0;
            while (x < code.size) {
                if (!code.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < code.size && code.getModule(x, y)) {
                    x++;
                }
                int run = x - start;
                d.append('M').append(start + BORDER).append(',').append(y + BORDER)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return d.toString();
    }

    /**
     * An SVG image of {@code text} as a QR code, named for assistive technology by {@code label}
     * (role="img", aria-label and a title element, as inline SVG needs to be announced everywhere).
     */
    public static String svg(String text, String label) {
        QrCode code = encode(text);
        int size = code.size + 2 * BORDER;
        String name = escape(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\""
                + " role=\"img\" aria-label=\"" + name + "\" shape-rendering=\"crispEdges\" class=\"qr\">"
                + "<title>" + name + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path(code) + "\"/>"
                + "</svg>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
