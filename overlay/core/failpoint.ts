// Where a protocol lets a test or a chaos run inject a fault at one of its named steps: the hook
// resolves at once unless that step is armed (the daemon's Failpoints decide what an armed one does).
export type Failpoint = (name: string, signal?: AbortSignal) => Promise<void>

/** The hook of a component given none: no step is ever armed. */
export const noFailpoint: Failpoint = async () => {}
