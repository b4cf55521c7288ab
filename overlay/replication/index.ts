// Replication of a VM to a standby (Remus-style): the protocol's public face.
export * from './constants.js'
export * from './types.js'
export { ContinueRefusedError, ReplicationSender, StandbyRefusedError, StandbyReleasedError, type EpochSent, type OpenOptions, type SenderComponents } from './primary.js'
export { NoReplicaToContinueError, StandbyServer, type StandbyServerComponents } from './standby.js'
export { Votes, type Ballot, type Tally, type VoteSide, type VotesComponents } from './votes.js'
export { Ballots, BALLOTS_FILE, EVERY_GRANT, MAX_BALLOTS, type Cast } from './ballots.js'
export { movedReplica } from './successor.js'
