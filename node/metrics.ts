// Prometheus metrics of the daemon (`GET /metrics`), from one registry per daemon (no global
// default registry: two daemons in one process, as in tests, keep theirs apart). Names follow
// Prometheus's rules: base units, `_total` on counters only. These are counted where the event
// happens; metrics-parts.ts reads the rest from the daemon's parts at scrape time.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** prom-client's event-loop lag histogram samples this often. */
const EVENT_LOOP_LAG_PRECISION_MS = 100

/**
 * prom-client's process metrics that are gauges named `*_total` (a sum over the labelled gauge of
 * the same name without it), which Prometheus's linter rejects: the labelled ones stay.
 */
const MISNAMED_DEFAULTS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']

export function createMetrics () {
  const registry = new Registry()
  // The standard names (`process_*`, `nodejs_*`) that dashboards for Node processes expect. Their
  // event-loop lag samples every 100 ms, not prom-client's 10 ms: 100 wake-ups a second cost an
  // idle daemon 0.36% of a core (GET /v1/node/event-loop has the fine-grained figures).
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: EVENT_LOOP_LAG_PRECISION_MS })
  for (const name of MISNAMED_DEFAULTS) registry.removeSingleMetric(name)
  return {
    registry,
    migrations: new Counter({ name: 'supercloud_migrations_total', help: 'Migrations this peer started as the source, by outcome', labelNames: ['outcome', 'mode'] as const, registers: [registry] }),
    migrationDowntime: new Histogram({
      name: 'supercloud_migration_downtime_seconds',
      help: 'Downtime of committed migrations: source pause to destination running',
      labelNames: ['mode'] as const,
      buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
      registers: [registry]
    }),
    migrationDuration: new Histogram({
      name: 'supercloud_migration_duration_seconds',
      help: 'Total time of migrations, by outcome',
      labelNames: ['outcome', 'mode'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
      registers: [registry]
    }),
    migrationBytes: new Counter({ name: 'supercloud_migration_sent_bytes_total', help: 'Bytes of pages and device state sent by migrations', registers: [registry] }),
    checkpoints: new Counter({ name: 'supercloud_checkpoints_total', help: 'Checkpoints of protected VMs sent and acknowledged by their standby', registers: [registry] }),
    checkpointBytes: new Counter({ name: 'supercloud_checkpoint_sent_bytes_total', help: 'Bytes of pages, disk blocks and device state sent by checkpoints', registers: [registry] }),
    checkpointDiskBlocks: new Counter({ name: 'supercloud_checkpoint_disk_blocks_total', help: 'Disk blocks sent by checkpoints (written by their guests in the epoch)', registers: [registry] }),
    checkpointPause: new Histogram({
      name: 'supercloud_checkpoint_pause_seconds',
      help: 'How long a protected guest was paused for a checkpoint (scan and devices)',
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1],
      registers: [registry]
    }),
    checkpointAck: new Histogram({
      name: 'supercloud_checkpoint_ack_seconds',
      help: 'From a checkpoint leaving to its acknowledgement by the standby',
      buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1],
      registers: [registry]
    }),
    standbysLost: new Counter({ name: 'supercloud_standbys_lost_total', help: 'Standbys the protected VMs of this peer lost, by how: refused (the standby refused an epoch), released (it drained or left) or broken (cut off, dead, stalled)', labelNames: ['how'] as const, registers: [registry] }),
    failovers: new Counter({ name: 'supercloud_failovers_total', help: 'Failover attempts of this peer as a standby, by outcome', labelNames: ['outcome'] as const, registers: [registry] }),
    evacuations: new Counter({ name: 'supercloud_evacuations_total', help: 'Evacuations of this peer on a termination notice, by outcome (complete: every VM saved before the deadline)', labelNames: ['outcome'] as const, registers: [registry] }),
    evacuationMoves: new Counter({ name: 'supercloud_evacuation_moves_total', help: 'VM moves of evacuations, by outcome and mode', labelNames: ['outcome', 'mode'] as const, registers: [registry] })
  }
}

export type Metrics = ReturnType<typeof createMetrics>
