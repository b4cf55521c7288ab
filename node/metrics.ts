// Prometheus metrics of the daemon (`GET /metrics`), from one registry per daemon (no global
// default registry: two daemons in one process, as in tests, keep theirs apart). Names carry units.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export function createMetrics () {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'supercloud_process_' })
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
    failovers: new Counter({ name: 'supercloud_failovers_total', help: 'Failover attempts of this peer as a standby, by outcome', labelNames: ['outcome'] as const, registers: [registry] })
  }
}

export type Metrics = ReturnType<typeof createMetrics>
