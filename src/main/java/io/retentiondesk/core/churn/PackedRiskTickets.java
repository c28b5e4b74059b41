package io.retentiondesk.core.churn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * One customer's risk records packed into bytes. A calibration holds every ticket of the history at once (a
 * million tickets for a big export), where the report holds only the 180-day window: as objects a record costs
 * an estimated 500–600 bytes, packed about 200 (names and words become numbers in a shared {@link Dictionary}; the
 * 1,000,000-ticket export then calibrates within a 512 MB heap). Read-only;
 * {@link #get} decodes a fresh {@link RiskTicket} equal to the one packed, so a caller that walks the list more
 * than once should copy it first ({@code List.copyOf}).
 */
public final class PackedRiskTickets extends AbstractList<RiskTicket> implements RandomAccess {
    private static final RiskSignal[] SIGNALS = RiskSignal.values();
    private static final int NONE = -1;

    /** Names and words shared by every customer's records; one per calibration, not thread-safe. */
    public static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> texts = new ArrayList<>();

        int id(String text) {
            if (text == null) {
                return NONE;
            }
            Integer id = ids.get(text);
            if (id == null) {
                id = texts.size();
                ids.put(text, id);
                texts.add(text);
            }
            return id;
        }

        String text(int id) {
            return id == NONE ? null : texts.get(id);
        }
    }

    /** Packs one customer's records as they come. */
    public static final class Packer {
        private final Dictionary dictionary;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        private final DataOutputStream out = new DataOutputStream(bytes);
        private int[] offsets = new int[4];
        private int size;

        public Packer(Dictionary dictionary) {
            this.dictionary = dictionary;
        }

        public void add(RiskTicket t) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            offsets[size++] = bytes.size();
            try {
                text(t.key());
                instant(t.created());
                out.writeInt(dictionary.id(t.requestType()));
                out.writeInt(dictionary.id(t.issueType()));
                out.writeBoolean(t.complaint());
                out.writeInt(t.summaryWords().size());
                for (String w : t.summaryWords()) {
                    out.writeInt(dictionary.id(w));
                }
                out.writeInt(t.signals().size());
                for (SignalOccurrence o : t.signals()) {
                    out.writeByte(o.signal().ordinal());
                    // almost always the ticket's own key; another ticket's (a cross-ticket signal) is spelled out
                    boolean own = o.ticketKey().equals(t.key());
                    out.writeBoolean(own);
                    if (!own) {
                        text(o.ticketKey());
                    }
                    instant(o.date());
                    out.writeDouble(o.points());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
            }
        }

        /** UTF-8 with its length; writeUTF would refuse a key of more than 64 KB. */
        private void text(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        private void instant(Instant i) throws IOException {
            out.writeLong(i.getEpochSecond());
            out.writeInt(i.getNano());
        }

        /** The records added so far, in the order added. */
        public PackedRiskTickets pack() {
            return new PackedRiskTickets(dictionary, bytes.toByteArray(), Arrays.copyOf(offsets, size));
        }
    }

    private final Dictionary dictionary;
    private final byte[] bytes;
    private final int[] offsets;

    private PackedRiskTickets(Dictionary dictionary, byte[] bytes, int[] offsets) {
        this.dictionary = dictionary;
        this.bytes = bytes;
        this.offsets = offsets;
    }

    @Override
    public int size() {
        return offsets.length;
    }

    @Override
    public RiskTicket get(int index) {
        int from = offsets[index];
        int to = index + 1 < offsets.length ? offsets[index + 1] : bytes.length;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, from, to - from))) {
            String key = text(in);
            Instant created = instant(in);
            String requestType = dictionary.text(in.readInt());
            String issueType = dictionary.text(in.readInt());
            boolean complaint = in.readBoolean();
            int words = in.readInt();
            Set<String> summaryWords = new LinkedHashSet<>();
            for (int w = 0; w < words; w++) {
                summaryWords.add(dictionary.text(in.readInt()));
            }
            int count = in.readInt();
            List<SignalOccurrence> signals = new ArrayList<>(count);
            for (int s = 0; s < count; s++) {
                RiskSignal signal = SIGNALS[in.readUnsignedByte()];
                String ticketKey = in.readBoolean() ? key : text(in);
                signals.add(new SignalOccurrence(signal, ticketKey, instant(in), in.readDouble()));
            }
            return new RiskTicket(key, created, requestType, issueType, summaryWords, complaint, signals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }
}
