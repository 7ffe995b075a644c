/**
 * A set of tag values as a threshold selects them (`{status:201,method:POST}`), and
 * its canonical form: `endpoint` is loadgate's name for k6's `name` tag, so both are
 * stored as `name`, and the keys are sorted, so one selection has one key however a
 * threshold orders or spells it.
 */
export type TagSet = Readonly<Record<string, string>>;

/**
 * The canonical tag set of a selection: `endpoint` as `name`, keys sorted. Undefined
 * when the tags contradict each other (`{endpoint:a,name:b}` selects nothing).
 */
export function canonicalTags(tags: TagSet): TagSet | undefined {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) {
    const as = key === 'endpoint' ? 'name' : key;
    if (out[as] !== undefined && out[as] !== value) return undefined;
    out[as] = value;
  }
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((key) => [key, out[key]!]),
  );
}

/** One text per selection, the same for equal tag sets (JSON of the canonical form). */
export function selectionKey(tags: TagSet): string {
  return JSON.stringify(canonicalTags(tags) ?? tags);
}

/**
 * Whether the tags select no more than the whole run or one endpoint, which the
 * run's own scopes already hold (no selection is recorded for them).
 */
export function isEndpointScope(tags: TagSet): boolean {
  const canonical = canonicalTags(tags);
  if (canonical === undefined) return false;
  const keys = Object.keys(canonical);
  return keys.length === 0 || (keys.length === 1 && keys[0] === 'name');
}
