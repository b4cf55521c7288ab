// What happened during a run, stamped from its start: per VM (what the checker saw of it, what the
// run asked of it) and for the whole run (faults, deaths). A violation carries the recent part.

interface Entry { at: number, text: string }

const PER_VM = 60
const EVENTS = 5_000
/** The run's events shown with a VM's timeline: those since its oldest entry kept. */
const SHOWN = 40

export class Timeline {
  private readonly started: number
  private readonly perVm = new Map<string, Entry[]>()
  private readonly events: Entry[] = []

  constructor (private readonly clock: () => number = () => performance.now()) {
    this.started = clock()
  }

  /** Milliseconds since the run started. */
  now (): number {
    return Math.round(this.clock() - this.started)
  }

  stamp (at: number): string {
    return `+${(at / 1000).toFixed(3)}s`
  }

  add (vm: string, text: string): void {
    const list = this.perVm.get(vm) ?? []
    list.push({ at: this.now(), text })
    if (list.length > PER_VM) list.splice(0, list.length - PER_VM)
    this.perVm.set(vm, list)
  }

  event (text: string): void {
    this.events.push({ at: this.now(), text })
    if (this.events.length > EVENTS) this.events.splice(0, this.events.length - EVENTS)
  }

  /** A VM's entries with the run's events of the same stretch, oldest first; the run's alone without a VM. */
  render (vm?: string): string[] {
    const own = vm === undefined ? [] : (this.perVm.get(vm) ?? [])
    const since = own[0]?.at ?? 0
    const events = this.events.filter(e => e.at >= since)
    const merged = [...own, ...(vm === undefined ? events : events.map(e => ({ at: e.at, text: `[run] ${e.text}` })))].sort((a, b) => a.at - b.at)
    return merged.slice(-SHOWN - PER_VM).map(e => `${this.stamp(e.at)} ${e.text}`)
  }
}
