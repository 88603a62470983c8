package chorus.workforce;

import chorus.disclosure.Count;
import chorus.disclosure.RecordKeys;

/**
 * The {@link Counts} of uploaded rows as the people behind them, for the cell key method. HR counts
 * come as numbers, not records, so each row's staff, applicants and board members are units named by
 * the snapshot and the row ("w:2026:3:midwife:band_5:bme"): uploading the same file again gives the
 * same keys, and a count one higher adds one unit. Those with an event are the first units of their
 * base (the appointed are the first of the shortlisted, the disciplined and the trained the first of
 * the staff), so events and non-events are parts of the same people and add up to their base.
 */
record KeyedCounts(Count headcount, Count shortlisted, Count appointed, Count disciplinary, Count training,
                   Count board) {

    static final KeyedCounts NONE = new KeyedCounts(Count.NONE, Count.NONE, Count.NONE, Count.NONE, Count.NONE,
            Count.NONE);

    static KeyedCounts of(String snapshot, CountRow row, RecordKeys keys) {
        String prefix = "w:" + snapshot + ":" + row.organisationId() + ":" + row.group().code + ":" + row.band().code()
                + ":" + row.ethnicity().code();
        Counts c = row.counts();
        return new KeyedCounts(keys.units(prefix + ":staff", c.headcount()),
                keys.units(prefix + ":applicant", c.shortlisted()), keys.units(prefix + ":applicant", c.appointed()),
                keys.units(prefix + ":staff", c.disciplinary()), keys.units(prefix + ":staff", c.training()),
                keys.units(prefix + ":board", c.board()));
    }

    KeyedCounts plus(KeyedCounts other) {
        return new KeyedCounts(headcount.plus(other.headcount), shortlisted.plus(other.shortlisted),
                appointed.plus(other.appointed), disciplinary.plus(other.disciplinary), training.plus(other.training),
                board.plus(other.board));
    }
}
