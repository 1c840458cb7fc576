/**
 * A bounded memo keyed by text: clause readings are kept while a draft is edited, so that a
 * keystroke in one clause of a long article does not make every other clause be read again.
 * When full it starts over (the next analysis refills what it needs).
 */
export class TextMemo<V> {
  private map = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const v = compute();
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, v);
    return v;
  }
}
