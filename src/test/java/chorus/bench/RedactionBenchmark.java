package chorus.bench;

import chorus.theme.Redaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How many free-text items redaction handles a second on one thread: 100,000 generated answers of
 * 100 to 600 characters in the languages Chorus ships, over two in five holding an identifier or a listed
 * name, against a list of 200 names. The target is 5,000 items a second. Not a test, so timing never
 * fails a build. Run it with
 * {@code ./mvnw -q -B -ntp test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath chorus.bench.RedactionBenchmark"}: {@code exec:java} cannot start it,
 * because the Micronaut parent configures the exec plugin's arguments for {@code exec:exec}.
 */
public final class RedactionBenchmark {

    private static final int ITEMS = 100_000;
    private static final long SEED = 20_261_205L;

    private static final String[] PROSE = {
        "The midwives were kind and explained everything before the birth. ",
        "I waited 3 hours in triage and nobody told me why, which was frightening. ",
        "Położne były bardzo miłe, ale na oddziale było za mało personelu w nocy. ",
        "Moașele au fost foarte atente, dar am așteptat mult la externare. ",
        "كانت القابلات لطيفات جداً وشرحن لي كل شيء قبل الولادة. ",
        "دائیوں نے بہت اچھا برتاؤ کیا لیکن رات کو عملہ کم تھا۔ ",
        "ধাত্রীরা খুব যত্নশীল ছিলেন কিন্তু রাতে কর্মী কম ছিল। ",
        "Food on the ward was cold and the partner's chair was broken. ",
        "We scored the visit 4 out of 5 and would come back in 2 weeks. "};
    private static final String[] IDENTIFIERS = {
        "call me on 07700 900123 ", "my NHS number is 943 476 5919 ", "we live at NR1 3SR ", "born 3 March 1990 ",
        "email jane.doe@example.com ", "رقمي ٠٧٧٠٠ ٩٠٠١٢٣ ", "জন্ম ৩ মার্চ ১৯৯০ ", "urodzona 3 marca 1990 "};

    private RedactionBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(SEED);
        List<String> names = names(random);
        List<String> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            items.add(item(random, names));
        }
        Redaction redaction = new Redaction(names, LocalDate.now());
        long chars = items.stream().mapToLong(String::length).sum();
        System.out.printf("redaction: %,d items of %,d chars on average, %d listed names; target 5,000 items/s%n",
                ITEMS, chars / ITEMS, names.size());
        // The first pass includes the JIT compiling the regular expressions, which on two cores takes seconds;
        // a server redacting all day runs at the second figure.
        run("first pass", redaction, items);
        run("second pass", redaction, items);
    }

    private static void run(String label, Redaction redaction, List<String> items) {
        long found = 0;
        long started = System.nanoTime();
        for (String item : items) {
            found += redaction.redact(item).found().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %s: %.2f s, %,.0f items/s, %,d finds%n", label, seconds, items.size() / seconds, found);
    }

    private static String item(Random random, List<String> names) {
        int length = 100 + random.nextInt(501);
        StringBuilder item = new StringBuilder(length + 100);
        while (item.length() < length) {
            int pick = random.nextInt(20);
            if (pick == 0) {
                item.append(IDENTIFIERS[random.nextInt(IDENTIFIERS.length)]);
            } else if (pick == 1) {
                item.append("Thanks to ").append(names.get(random.nextInt(names.size()))).append(". ");
            } else {
                item.append(PROSE[random.nextInt(PROSE.length)]);
            }
        }
        return item.substring(0, length);
    }

    /** Staff names, wards and small places, as an LMNS list mixes them. */
    private static List<String> names(Random random) {
        String[] first = {"Ann", "Zoë", "Aisha", "Małgorzata", "Ioana", "Fatima", "Rahima", "Sarah", "Priya", "Emma"};
        String[] last = {"Smith", "Kowalska", "Popescu", "Khan", "Begum", "Ahmed", "Jones", "O'Neill", "Patel", "Brown"};
        List<String> names = new ArrayList<>();
        for (String f : first) {
            for (String l : last) {
                names.add(f + " " + l);
            }
        }
        for (int i = 0; names.size() < 200; i++) {
            names.add(i % 2 == 0 ? "Ward " + (char) ('A' + i % 26) + i : "Little " + last[random.nextInt(last.length)] + "ton " + i);
        }
        return names;
    }
}
