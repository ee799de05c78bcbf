package app.rapport.bench;

import app.rapport.domain.contacts.PostalAddress;
import app.rapport.io.printing.AddressFormat;
import app.rapport.io.printing.LabelPdf;
import app.rapport.io.printing.LabelTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Address labels ({@code mvn -Pbench verify -Dit.test=LabelPdfBench}): {@value #LABELS} labels in Latin,
 * Cyrillic and Thai on Avery L7160, written to a file as the app writes them (fonts embedded as subsets,
 * each label fitted, saved atomically), against a floor of PDFBox alone writing the same number of
 * lines at the same places on the same number of pages in the built-in Helvetica, which needs no
 * embedding, no measuring and no font splitting. Medians of {@value #RUNS} runs after {@value #WARM_UP}.
 */
@Tag("bench")
class LabelPdfBench {
    private static final int LABELS = 1000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;
    private static final double TARGET_MS = 2000;

    private final Bench bench = new Bench();
    private final Path work = Path.of("target", "bench-print").toAbsolutePath();

    @Test
    void measure() throws Exception {
        Files.createDirectories(work);
        List<List<String>> labels = labels(new Random(42));
        LabelTemplate template = LabelTemplate.AVERY_L7160;
        Path app = work.resolve("labels.pdf");
        Path floor = work.resolve("helvetica.pdf");
        int lines = labels.stream().mapToInt(List::size).sum();
        // the first print of a session also reads the four font files and runs unoptimised code
        long coldStart = System.nanoTime();
        LabelPdf.write(app, template, labels, 1);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        double appMs = median(() -> LabelPdf.write(app, template, labels, 1));
        double floorMs = median(() -> helvetica(floor, template, labels));
        bench.line("labels.l7160.1000", appMs, "ms", floorMs);
        System.out.println(String.format(Locale.ROOT,
                "BENCH-INFO labels=%d lines=%d sheets=%d size=%dkB floorSize=%dkB cold=%.0fms target=%.0fms met=%s",
                LABELS, lines,
                (LABELS + template.perSheet() - 1) / template.perSheet(), Files.size(app) / 1024,
                Files.size(floor) / 1024, coldMs, TARGET_MS, coldMs < TARGET_MS && appMs < TARGET_MS));
        Files.writeString(work.resolve("results.txt"), bench.report(), StandardCharsets.UTF_8);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return Bench.median(times);
    }

    /** The same lines at the same places, in Helvetica (Latin letters only: others become x). */
    private static void helvetica(Path target, LabelTemplate template, List<List<String>> labels) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDRectangle size = new PDRectangle((float) template.paper().width(), (float) template.paper().height());
            PDPageContentStream cs = null;
            for (int i = 0; i < labels.size(); i++) {
                int position = i % template.perSheet();
                if (position == 0) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(size);
                    document.addPage(page);
                    cs = new PDPageContentStream(document, page);
                }
                float x = (float) template.x(position) + 8.5f;
                float y = size.getHeight() - (float) template.yFromTop(position) - 16;
                for (String line : labels.get(i)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(x, y);
                    cs.showText(line.replaceAll("[^\\x20-\\x7E]", "x"));
                    cs.endText();
                    y -= 13;
                }
            }
            if (cs != null) {
                cs.close();
            }
            document.save(target.toFile());
        }
    }

    /** A third each Latin (four countries), Cyrillic and Thai, as a holiday-card list abroad might be. */
    private static List<List<String>> labels(Random random) {
        String[][] latin = {
                {"US", "Anna & Boris Ivanov", "1600 Pennsylvania Ave NW", "Washington", "DC", "20500"},
                {"DE", "Dr. Maximilian Müller-Lüdenscheidt", "Hauptstraße 5\nHinterhaus, 3. OG", "Berlin", "", "10115"},
                {"GB", "Jane & Tom Smith", "Flat 2, The Old Mill\n12 High Street", "York", "", "YO1 7HB"},
                {"FR", "Marie-Hélène Lefèvre", "12 rue de la Paix", "Paris", "", "75002"}};
        String[] russianNames = {"Ёлкин Пётр Иванович", "Смирнова Анна Сергеевна", "Кузнецов Дмитрий"};
        String[] russianStreets = {"ул. Тверская, д. 7, кв. 12", "Невский пр-т, д. 100, кв. 5", "ул. Баумана, д. 3"};
        String[][] russianCities = {{"Москва", ""}, {"Санкт-Петербург", ""}, {"Казань", "Республика Татарстан"}};
        String[] thaiNames = {"คุณสมชาย ใจดี", "คุณสมหญิง รักไทย", "คุณประเสริฐ ศรีสุข"};
        String[] thaiStreets = {"123/4 ซอย 11 ถนนสุขุมวิท", "45 ถนนนิมมานเหมินท์", "9/9 ถนนถลาง"};
        String[][] thaiCities = {{"กรุงเทพมหานคร", "", "10110"}, {"อำเภอเมืองเชียงใหม่", "เชียงใหม่", "50200"},
                {"อำเภอเมืองภูเก็ต", "ภูเก็ต", "83000"}};
        List<List<String>> labels = new ArrayList<>(LABELS);
        for (int i = 0; i < LABELS; i++) {
            int k = random.nextInt(3);
            PostalAddress address;
            String name;
            switch (i % 3) {
                case 0 -> {
                    String[] l = latin[random.nextInt(latin.length)];
                    name = l[1];
                    address = new PostalAddress("home", l[2], l[3], l[4], l[5], l[0], true);
                }
                case 1 -> {
                    name = russianNames[k];
                    address = new PostalAddress("home", russianStreets[random.nextInt(3)], russianCities[k][0],
                            russianCities[k][1], String.format(Locale.ROOT, "%06d", 100000 + random.nextInt(800000)),
                            "RU", true);
                }
                default -> {
                    name = thaiNames[k];
                    address = new PostalAddress("home", thaiStreets[random.nextInt(3)], thaiCities[k][0],
                            thaiCities[k][1], thaiCities[k][2], "TH", true);
                }
            }
            labels.add(AddressFormat.lines(List.of(name), address, "DE"));
        }
        return labels;
    }
}
