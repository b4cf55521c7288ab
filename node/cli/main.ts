#!/usr/bin/env node
// The `supercloud` command. The polyfill is imported first, so this runs as plain `node <bin>`.
import '../runtime/polyfill.js'
import { Command } from 'commander'
import { SOFTWARE_VERSION, PROTOCOL_VERSION } from '../version.js'
import { registerNodeCommands } from './commands/node.js'
import { registerInfoCommands } from './commands/info.js'
import { registerKeyCommands } from './commands/keys.js'
import { registerTestnetCommands } from './commands/testnet.js'
import { registerDemoCommand } from './commands/demo.js'
import { registerVmCommands } from './commands/vm.js'
import { registerDiskCommands } from './commands/disk.js'
import { registerNetCommands } from './commands/net.js'
import { registerFailpointCommands } from './commands/failpoint.js'
import { registerCostCommand, registerSpotCommands } from './commands/spot.js'
import { registerChaosCommands } from './commands/chaos.js'
import { registerPlotCommands } from './commands/plot.js'
import { registerDashboardCommand } from './commands/dashboard.js'

const program = new Command()
  .name('supercloud')
  .description('a peer-to-peer supercloud: emulated x86 VMs on any provider, joined by a libp2p overlay')
  .version(`${SOFTWARE_VERSION} (protocol ${PROTOCOL_VERSION})`)
  .showHelpAfterError()

registerNodeCommands(program)
registerInfoCommands(program)
registerKeyCommands(program)
registerTestnetCommands(program)
registerVmCommands(program)
registerDiskCommands(program)
registerNetCommands(program)
registerFailpointCommands(program)
registerSpotCommands(program)
registerCostCommand(program)
registerChaosCommands(program)
registerPlotCommands(program)
registerDashboardCommand(program)
registerDemoCommand(program)

await program.parseAsync(process.argv)
