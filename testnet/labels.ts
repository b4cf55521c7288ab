// Provider labels for testnet peers: region and zone names in each provider's own style.
const REGIONS: Record<string, string[]> = {
  aws: ['us-east-1', 'eu-west-1', 'us-west-2'],
  gcp: ['us-central1', 'europe-west1', 'asia-east1'],
  azure: ['eastus', 'westeurope', 'westus2']
}

export interface Labels { provider: string, region: string, zone: string }

/** Peer `index` of a testnet over `providers`, assigned round-robin. */
export function labelsFor (index: number, providers: string[]): Labels {
  const provider = providers[index % providers.length] ?? 'local'
  const round = Math.floor(index / providers.length)
  const regions = REGIONS[provider] ?? [`${provider}-region-1`, `${provider}-region-2`]
  const region = regions[round % regions.length] ?? `${provider}-region-1`
  const zoneSuffix = String.fromCharCode(97 + (Math.floor(round / regions.length) % 3))
  const zone = provider === 'gcp' ? `${region}-${zoneSuffix}` : provider === 'azure' ? `${region}-${zoneSuffix.charCodeAt(0) - 96}` : `${region}${zoneSuffix}`
  return { provider, region, zone }
}
