// Round-trip times of answered probes, smoothed as TCP does (Jacobson/Karels: srtt + 4 × rttvar),
// so that the probe timeout follows what this machine and its peers can do now: on two cores
// shared by 32 starting daemons an ack took seconds, and a fixed 500 ms timeout suspected peers
// that were only slow. A peer that is gone answers nothing (or refuses at once) either way.
export class RttEstimator {
  private srtt: number | undefined
  private rttvar = 0

  observe (ms: number): void {
    if (this.srtt === undefined) {
      this.srtt = ms
      this.rttvar = ms / 2
      return
    }
    this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - ms)
    this.srtt = 0.875 * this.srtt + 0.125 * ms
  }

  /** The timeout for the next probe: at least `floorMs`, at most `capMs`. */
  timeoutMs (floorMs: number, capMs: number): number {
    if (this.srtt === undefined) return floorMs
    return Math.min(capMs, Math.max(floorMs, Math.ceil(this.srtt + 4 * this.rttvar)))
  }
}
