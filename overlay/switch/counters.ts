// Frame counters of ports and tunnels, with drops by reason.
export interface FrameCounters {
  framesIn: number
  bytesIn: number
  framesOut: number
  bytesOut: number
  drops: Record<string, number>
}

export function newCounters (): FrameCounters {
  return { framesIn: 0, bytesIn: 0, framesOut: 0, bytesOut: 0, drops: {} }
}

export function drop (counters: FrameCounters, reason: string, n = 1): void {
  count(counters.drops, reason, n)
}

export function count (tally: Record<string, number>, key: string, n = 1): void {
  tally[key] = (tally[key] ?? 0) + n
}

/** Adds `from` into `into` (drops by reason too). */
export function addCounters (into: FrameCounters, from: FrameCounters): FrameCounters {
  into.framesIn += from.framesIn
  into.bytesIn += from.bytesIn
  into.framesOut += from.framesOut
  into.bytesOut += from.bytesOut
  for (const [reason, n] of Object.entries(from.drops)) count(into.drops, reason, n)
  return into
}
