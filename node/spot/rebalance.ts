// HotSpot-style rebalancing (SoCC 2017): move to a cheaper place when what the move saves over a
// horizon outweighs what it costs. While a VM moves, both sides are paid; a hop to an instance
// that has to be started pays for that instance from its start.
export interface MoveEconomics {
  /** What staying costs, USD per hour (risk-weighted). */
  fromUsdPerHour: number
  /** What the new place costs, USD per hour (risk-weighted). */
  toUsdPerHour: number
  /** How long both sides are paid for: the move, plus a new instance's start. */
  overlapMs: number
  /** How far ahead the saving is counted. */
  horizonMs: number
}

export interface MoveVerdict { worth: boolean, savingUsd: number, costUsd: number }

/**
 * The saving must beat the cost twice over: prices move in steps, and a move made for a saving
 * that evaporates at the next step is pure cost.
 */
export const REBALANCE_MARGIN = 2
/** Default horizon: the AWS trace's prices change about every 10 h (median 76 changes in 31 days); half that. */
export const DEFAULT_HORIZON_MS = 5 * 3_600_000

export function worthMoving (e: MoveEconomics): MoveVerdict {
  const savingUsd = (e.fromUsdPerHour - e.toUsdPerHour) * e.horizonMs / 3_600_000
  const costUsd = e.toUsdPerHour * e.overlapMs / 3_600_000
  return { worth: savingUsd > 0 && savingUsd > REBALANCE_MARGIN * costUsd, savingUsd, costUsd }
}
