// npm run chaos: a fresh 4-peer testnet on 2 providers 40 ms apart with 6 tiny VMs (a third of them
// with a disk; `--disks` and `--protect` change the shares), a 5-minute chaos run with every fault kind at 80 migrations
// a minute, the report, and the testnet torn down. Exit 1 on any violation.
//   npm run chaos -- --duration 5m --seed 42 --migrations-per-min 50 --protect 0.5 --disks 0.67 --json
import { mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseChaosFlags, parseShare } from '../node/cli/commands/chaos.js'
import { humanReport } from '../testnet/chaos/report.js'
import { chaosTimelineHtml } from '../testnet/chaos/report-html.js'
import { runChaos } from '../testnet/chaos/run.js'
import { launchScenario, scenarioShares } from '../testnet/chaos/scenario.js'
import { testnetDown } from '../testnet/launcher.js'
import { scriptArgs } from './lib/args.js'

const { values } = scriptArgs('npm run chaos [-- --duration 5m] [--seed N] [--faults kill,partition,latency,abort] [--migrations-per-min 80] [--protect 0..1] [--disks 0..1] [--json]', {
  options: {
    duration: { type: 'string', default: '5m' },
    seed: { type: 'string' },
    faults: { type: 'string', default: 'kill,partition,latency,abort' },
    // Above the default 40: planned migrations find nothing free to move while faults hold peers or
    // their VM was lost with a killed one, and a 5-minute run must commit 200. At 60 a minute one run
    // attempted 259 and committed 191.
    'migrations-per-min': { type: 'string', default: '80' },
    // Disks are covered by default (2 of the 6 VMs), protection by `--protect 0.5`. It is not the
    // default: chaos moves each VM every few seconds, and a protected VM is syncing a new standby for
    // a while after a failover or a move that could not keep its standby, so a kill then loses it
    // (the checker excuses such a loss, and counts it).
    protect: { type: 'string', default: '0' },
    disks: { type: 'string', default: '0.33' },
    json: { type: 'boolean', default: false }
  }
})
const options = parseChaosFlags({ testnet: '', duration: values.duration, seed: values.seed, faults: values.faults, migrationsPerMin: values['migrations-per-min'], pingBound: '45s' })
const VMS = 6
const log = (line: string): void => { process.stderr.write(line + '\n') }
const root = mkdtempSync(join(tmpdir(), 'supercloud-chaos-'))
const shares = { protect: parseShare(values.protect, '--protect'), disks: parseShare(values.disks, '--disks') }
scenarioShares(VMS, shares.protect, shares.disks)
const { state } = await launchScenario({ dir: join(root, 'net'), peers: 4, providers: ['aws', 'gcp'], wanLatencyMs: 40, vms: VMS, memoryMiB: 32, ...shares, onProgress: log })
const report = await (async () => {
  try {
    return await runChaos({ dir: state.dir, options, onProgress: log })
  } finally {
    await testnetDown(state.dir)
  }
})()
const file = join(root, 'chaos-report.json')
await writeFile(file, JSON.stringify(report, null, 2) + '\n')
const html = join(root, 'chaos-report.html')
await writeFile(html, chaosTimelineHtml(report))
process.stdout.write((values.json ? JSON.stringify(report) : `${humanReport(report)}\nreport: ${file}\ntimeline: ${html}\nlogs: ${join(state.dir, 'logs')}`) + '\n')
process.exitCode = report.ok ? 0 : 1
