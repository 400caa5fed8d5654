/**
 * A record's note slot as a list of entries, newest last, each starting with its applied-marker
 * (`[dialnexa:<callId>#<n>]`). When the slot has a size limit (a member's custom text slot), the
 * oldest whole entries go first, never part of one, and the markers of the entries that went are
 * kept on a first line (`Applied: ...`), newest first, as many as fit: a retry after a lost answer
 * still finds what it already wrote, however long the entries.
 */
const SEPARATOR = '\n\n';
/** Entries are split where a marked entry starts, so blank lines inside one never split it. */
const ENTRY_BREAK = /\n\n(?=\[dialnexa:)/;
const HEADER = 'Applied: ';
const MARKER = /\[dialnexa:[A-Za-z0-9_-]+#\d+\]/g;
/** The markers line never takes more than this share of a limited slot. */
const HEADER_SHARE = 0.4;

interface Slot {
  markers: string[];
  entries: string[];
}

function parse(text: string | null | undefined): Slot {
  // Blank lines around the slot go; spaces inside an entry are its own.
  const t = (text ?? '').replace(/^\s*\n|\n\s*$/g, '');
  if (!t.trim()) return { markers: [], entries: [] };
  const [first, ...rest] = t.split('\n');
  if (first.startsWith(HEADER)) {
    return { markers: first.match(MARKER) ?? [], entries: rest.join('\n').split(ENTRY_BREAK).filter(Boolean) };
  }
  return { markers: [], entries: t.split(ENTRY_BREAK).filter(Boolean) };
}

function render(s: Slot): string {
  const body = s.entries.join(SEPARATOR);
  return s.markers.length ? `${HEADER}${s.markers.join(' ')}\n${body}` : body;
}

/** The slot with `entry` appended, within `maxChars` when given. */
export function appendEntry(existing: string | null | undefined, entry: string, maxChars = Number.POSITIVE_INFINITY): string {
  const slot = parse(existing);
  slot.entries.push(entry);
  if (render(slot).length <= maxChars) return render(slot);
  // Drop the oldest whole entries, remembering their markers (newest first).
  while (slot.entries.length > 1 && render(slot).length > maxChars) {
    const dropped = slot.entries.shift()!;
    slot.markers = [...(dropped.match(MARKER) ?? []), ...slot.markers];
    const budget = Math.floor(maxChars * HEADER_SHARE);
    while (slot.markers.length && `${HEADER}${slot.markers.join(' ')}`.length > budget) slot.markers.pop();
  }
  if (render(slot).length <= maxChars) return render(slot);
  // One entry longer than the slot: its own text is cut, after its marker, never the marker.
  const last = slot.entries[0];
  const room = maxChars - (render({ ...slot, entries: [] }).length + 1);
  slot.entries[0] = last.length > room ? `${last.slice(0, Math.max(0, room - 3))}...` : last;
  return render(slot);
}

/** Whether the slot holds this marker, in an entry or on the markers line. */
export function hasMarker(text: string | null | undefined, marker: string): boolean {
  return (text ?? '').includes(marker);
}
