// The chaos report's HTML timeline draws what the report holds: a bar per fault at its time, a bar
// per migration on its VM's row coloured by outcome, a mark per violation, and nothing from the
// report is taken as markup.
import { expect } from 'chai'
import { chaosTimelineHtml } from '../../testnet/chaos/report-html.js'
import type { ChaosReport } from '../../testnet/chaos/types.js'

function report (over: Partial<ChaosReport> = {}): ChaosReport {
  return {
    ok: true, seed: 7, testnet: '/tmp/net', durationMs: 60_000, wallMs: 90_000, vms: 2,
    migrations: { attempted: 3, committed: 2, aborted: 1, interrupted: 0, refused: 0, skipped: 0, refusedProtected: 0 },
    refusedWhy: {},
    faults: { kill: 1, partition: 1, latency: 0, abort: 0, abortsMissed: 0, abortsByStep: {} },
    protection: { vms: 1, failovers: 1, failoversAfterKill: 1, failoversAtStandby: 1, failoverMs: { p50: 2_000, max: 2_000 }, killsOfProtectedHosts: 1, lost: 0 },
    disks: { vms: 1, migrationsCommitted: 1, checked: 1, recordsRead: 256 },
    vmsLostWithPeer: [], vmsReplaced: 0, replacementsFailed: 0, violations: [],
    downtimeMs: { p50: 40, p99: 60, max: 60 }, checker: { rounds: 100, samples: 400 },
    stagesMs: { inject: 60_000, heal: 5_000, settle: 2_000, check: 3_000 }, pings: { vms: 2, fromPeers: 6, worstMs: 30 },
    events: {
      injectStartMs: 1_000,
      faults: [
        { id: 'f1', kind: 'kill', at: 10_000, healAt: 20_000, peer: 2 },
        { id: 'f2', kind: 'partition', at: 30_000, healAt: 40_000, peers: [0, 1] }
      ],
      migrations: [
        { vm: 'v-a', name: 'a', from: 0, to: 1, startMs: 5_000, endMs: 7_000, outcome: 'committed', downtimeMs: 40 },
        { vm: 'v-b', name: 'b', from: 1, to: 2, startMs: 12_000, endMs: 15_000, outcome: 'aborted' },
        { vm: 'v-a', name: 'a', from: 1, to: 0, startMs: 50_000, endMs: 51_000, outcome: 'committed', downtimeMs: 60 }
      ]
    },
    ...over
  }
}

const all = (html: string, re: RegExp): RegExpMatchArray[] => [...html.matchAll(re)]
const xOf = (m: RegExpMatchArray): number => Number(/ x="([\d.]+)"/.exec(m[0])?.[1])

describe('chaos report as an HTML timeline', () => {
  it('draws each fault at its time and each migration on its VM\'s row, by outcome', () => {
    const html = chaosTimelineHtml(report())
    expect(html).to.match(/^<!doctype html>/).and.not.include('<script')
    const faults = all(html, /<rect class="fault" data-kind="(\w+)"[^>]*>/g)
    expect(faults.map(m => m[1])).to.deep.equal(['kill', 'partition'])
    // The kill (11 s to 21 s of the run) is left of the partition (31 s to 41 s), by the same span.
    expect(xOf(faults[0] as RegExpMatchArray)).to.be.below(xOf(faults[1] as RegExpMatchArray))
    const moves = all(html, /<rect class="migration" data-outcome="(\w+)" x="[\d.]+" y="(\d+)"/g)
    expect(moves.map(m => m[1])).to.deep.equal(['committed', 'aborted', 'committed'])
    // VM a's two moves share a row; b's is another.
    expect(moves[0]?.[2]).to.equal(moves[2]?.[2]).and.not.equal(moves[1]?.[2])
    expect(html).to.include('a: peer 0 → 1, committed, downtime 40 ms')
    expect(html).to.include('no violations')
  })

  it('marks each violation, lists it, and escapes what it says', () => {
    const html = chaosTimelineHtml(report({
      ok: false,
      violations: [{ kind: 'two-live-copies', vm: 'v-a', atMs: 52_000, detail: 'a: peers 0 and 1 <both> ran it', timeline: [] }, { kind: 'daemon-died', vm: '-', atMs: 60_000, detail: 'peer 2 exited', timeline: [] }]
    }))
    expect(all(html, /<line class="violation" data-kind="([\w-]+)"/g).map(m => m[1])).to.deep.equal(['two-live-copies', 'daemon-died'])
    expect(all(html, /<tr class="violation">/g)).to.have.length(2)
    expect(html).to.include('&lt;both&gt;').and.not.include('<both>')
    expect(html).to.include('2 violations')
  })
})
