// A binary min-heap of timed events for the simulator; ties keep insertion order, so a run is
// deterministic.
export class EventQueue<T> {
  private readonly heap: Array<{ atMs: number, seq: number, event: T }> = []
  private seq = 0

  get size (): number { return this.heap.length }

  push (atMs: number, event: T): void {
    const h = this.heap
    h.push({ atMs, seq: this.seq++, event })
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.less(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }

  pop (): { atMs: number, event: T } | undefined {
    const h = this.heap
    const top = h[0]
    const last = h.pop()
    if (top === undefined || last === undefined) return undefined
    if (h.length > 0) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && this.less(l, m)) m = l
        if (r < h.length && this.less(r, m)) m = r
        if (m === i) break
        this.swap(i, m)
        i = m
      }
    }
    return { atMs: top.atMs, event: top.event }
  }

  private less (a: number, b: number): boolean {
    const x = this.heap[a] as { atMs: number, seq: number }
    const y = this.heap[b] as { atMs: number, seq: number }
    return x.atMs < y.atMs || (x.atMs === y.atMs && x.seq < y.seq)
  }

  private swap (a: number, b: number): void {
    const h = this.heap
    const t = h[a] as (typeof h)[number]
    h[a] = h[b] as (typeof h)[number]
    h[b] = t
  }
}
