// The shared spot traces (../shared/data/spot beside the checkout, or TEST_SPOT_DATA). Not a
// SUPERCLOUD_* name: the testnets' daemons inherit the environment and refuse one they do not know.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseOnDemand, parseSpotTrace, type SpotTrace } from '../../node/spot/trace.js'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const SPOT_DATA = process.env.TEST_SPOT_DATA ?? join(repo, '..', 'shared', 'data', 'spot')
export const AWS_TRACE = join(SPOT_DATA, 'aws_spot_2024-01_hourly_3regions.csv')
export const GCP_TRACE = join(SPOT_DATA, 'gcp_spot_2023-05_2026-07_snapshots.csv')
export const ONDEMAND = join(SPOT_DATA, 'ondemand.csv')

/** Skips when the traces are not there (fails on CI, which must have them). */
export function needSpotData (ctx: Mocha.Context): void {
  if (!existsSync(AWS_TRACE) || !existsSync(GCP_TRACE) || !existsSync(ONDEMAND)) {
    if (process.env.CI === 'true') throw new Error(`no spot traces in ${SPOT_DATA}: set TEST_SPOT_DATA`)
    ctx.skip()
  }
}

/** The shared AWS and GCP traces and the on-demand table, parsed (skipping as needSpotData does). */
export function loadSpotData (ctx: Mocha.Context): { aws: SpotTrace, gcp: SpotTrace, od: Map<string, number> } {
  needSpotData(ctx)
  return {
    aws: parseSpotTrace(readFileSync(AWS_TRACE, 'utf8'), 'aws.csv'),
    gcp: parseSpotTrace(readFileSync(GCP_TRACE, 'utf8'), 'gcp.csv'),
    od: parseOnDemand(readFileSync(ONDEMAND, 'utf8'), 'ondemand.csv')
  }
}
