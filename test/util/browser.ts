// Debian's Chromium, headless, driven by playwright-core (its own browser downloads cannot work
// here). Flags as the machine doc gives them: without the background-networking ones Chromium tries
// Google's hosts at every start, which this machine's closed network refuses.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions']

/**
 * The browser, or undefined when there is none and a skip is allowed. Under CI=true a missing browser
 * is a failure, never a skip (`.ci/run` installs it).
 */
export async function launchBrowser (): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') throw new Error(`no Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium (apt-get install chromium)`)
    return undefined
  }
  return await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 60_000 })
}

/** Nearest-rank percentile. */
export function percentile (values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN
}
