package chorus.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One-time invitation codes. A code is 12 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), about 59 bits, shown as three groups of four. Only the SHA-256 of a code is stored, so the
 * printed codes are the only copy; a code is marked used in the transaction that stores its response.
 */
@Singleton
public class InvitationCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    public static final int MAX_PER_BATCH = 5000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationCodeRepository repository;

    InvitationCodes(InvitationCodeRepository repository) {
        this.repository = repository;
    }

    /** Makes {@code count} new codes for one organisation in one round and returns them, grouped for typing. */
    @Transactional
    public List<String> generate(long roundId, long organisationId, int count) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add(newCode());
        }
        List<String> hashes = new ArrayList<>(codes.stream().map(InvitationCodes::hash).toList());
        // Inserted in random order as well as keyed by hash: nothing about a row's place says when it was made.
        Collections.shuffle(hashes, RANDOM);
        repository.saveAll(hashes.stream().map(h -> new InvitationCode(h, roundId, organisationId, false)).toList());
        return codes.stream().map(InvitationCodes::grouped).toList();
    }

    /** The organisation of an unused code of this round; empty for an unknown, used or other round's code alike. */
    @Transactional
    public Optional<Long> organisationOfUnused(String typed, long roundId) {
        String hash = hash(normalise(typed));
        return repository.findByCodeHashAndRoundIdAndUsedFalse(hash, roundId).map(InvitationCode::organisationId);
    }

    /** Marks the code used; false when another submission used it first. Runs inside the storing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String codeHash) {
        return repository.claim(codeHash) == 1;
    }

    /** The hash a draft keeps for a typed code. */
    public static String hashOf(String typed) {
        return hash(normalise(typed));
    }

    /** Upper case without spaces or dashes, so "abcd efgh-jkmn" is the code ABCDEFGHJKMN. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
