// Standbys a majority voted `keep` against, per VM and epoch. Votes are cast once per (VM, epoch,
// primary, standby) and never change, so such a standby could never win a takeover again at that
// epoch: protection must not choose it again until the VM's epoch moves on (a migration or a
// failover), or the VM would be protected by a standby that cannot save it.
export class KeptStandbys {
  private readonly byVm = new Map<string, { epoch: number, standbys: Set<string> }>()

  add (vm: string, kept: { epoch: number, standby: string }): void {
    const k = this.byVm.get(vm)
    if (k?.epoch === kept.epoch) k.standbys.add(kept.standby)
    else this.byVm.set(vm, { epoch: kept.epoch, standbys: new Set([kept.standby]) })
  }

  /** The standbys ruled out for the VM of `record`, at its epoch. */
  ruledOut (record: { id: string, epoch: number }): string[] {
    const k = this.byVm.get(record.id)
    return k === undefined || k.epoch !== record.epoch ? [] : [...k.standbys]
  }
}
