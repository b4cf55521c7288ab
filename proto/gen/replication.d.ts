import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace supercloud {

    namespace replication {

        interface IOpen extends supercloud.replication.Open.$Properties {
        }

        class Open {
            constructor(p?: supercloud.replication.Open.$Properties);
            $unknowns?: Uint8Array[];
            record?: (supercloud.vm.VmRecord.$Properties|null);
            grant?: (supercloud.vm.SignedHandoff.$Properties|null);
            vgaMemoryBytes: number;
            acpi: boolean;
            intervalMs: number;
            leaseMs: number;
            format: number;
            static create(properties: supercloud.replication.Open.$Shape): supercloud.replication.Open & supercloud.replication.Open.$Shape;
            static create(properties?: supercloud.replication.Open.$Properties): supercloud.replication.Open;
            static encode(m: supercloud.replication.Open.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.Open & supercloud.replication.Open.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.Open;
            static toObject(m: supercloud.replication.Open, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Open {
            interface $Properties {
                record?: (supercloud.vm.VmRecord.$Properties|null);
                grant?: (supercloud.vm.SignedHandoff.$Properties|null);
                vgaMemoryBytes?: (number|null);
                acpi?: (boolean|null);
                intervalMs?: (number|null);
                leaseMs?: (number|null);
                format?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Open.$Properties;
        }

        interface IAccept extends supercloud.replication.Accept.$Properties {
        }

        class Accept {
            constructor(p?: supercloud.replication.Accept.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.replication.Accept.$Shape): supercloud.replication.Accept & supercloud.replication.Accept.$Shape;
            static create(properties?: supercloud.replication.Accept.$Properties): supercloud.replication.Accept;
            static encode(m: supercloud.replication.Accept.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.Accept & supercloud.replication.Accept.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.Accept;
            static toObject(m: supercloud.replication.Accept, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Accept {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Accept.$Properties;
        }

        interface IRefuse extends supercloud.replication.Refuse.$Properties {
        }

        class Refuse {
            constructor(p?: supercloud.replication.Refuse.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            static create(properties: supercloud.replication.Refuse.$Shape): supercloud.replication.Refuse & supercloud.replication.Refuse.$Shape;
            static create(properties?: supercloud.replication.Refuse.$Properties): supercloud.replication.Refuse;
            static encode(m: supercloud.replication.Refuse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.Refuse & supercloud.replication.Refuse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.Refuse;
            static toObject(m: supercloud.replication.Refuse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Refuse {
            interface $Properties {
                name?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Refuse.$Properties;
        }

        interface IBegin extends supercloud.replication.Begin.$Properties {
        }

        class Begin {
            constructor(p?: supercloud.replication.Begin.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            static create(properties: supercloud.replication.Begin.$Shape): supercloud.replication.Begin & supercloud.replication.Begin.$Shape;
            static create(properties?: supercloud.replication.Begin.$Properties): supercloud.replication.Begin;
            static encode(m: supercloud.replication.Begin.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.Begin & supercloud.replication.Begin.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.Begin;
            static toObject(m: supercloud.replication.Begin, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Begin {
            interface $Properties {
                epoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Begin.$Properties;
        }

        interface IDevices extends supercloud.replication.Devices.$Properties {
        }

        class Devices {
            constructor(p?: supercloud.replication.Devices.$Properties);
            $unknowns?: Uint8Array[];
            deviceState: Uint8Array;
            hypercall: string;
            guestMac: string;
            running: boolean;
            static create(properties: supercloud.replication.Devices.$Shape): supercloud.replication.Devices & supercloud.replication.Devices.$Shape;
            static create(properties?: supercloud.replication.Devices.$Properties): supercloud.replication.Devices;
            static encode(m: supercloud.replication.Devices.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.Devices & supercloud.replication.Devices.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.Devices;
            static toObject(m: supercloud.replication.Devices, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Devices {
            interface $Properties {
                deviceState?: (Uint8Array|null);
                hypercall?: (string|null);
                guestMac?: (string|null);
                running?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Devices.$Properties;
        }

        interface IEnd extends supercloud.replication.End.$Properties {
        }

        class End {
            constructor(p?: supercloud.replication.End.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            pages: number;
            diskBlocks: number;
            static create(properties: supercloud.replication.End.$Shape): supercloud.replication.End & supercloud.replication.End.$Shape;
            static create(properties?: supercloud.replication.End.$Properties): supercloud.replication.End;
            static encode(m: supercloud.replication.End.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.End & supercloud.replication.End.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.End;
            static toObject(m: supercloud.replication.End, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace End {
            interface $Properties {
                epoch?: (number|null);
                pages?: (number|null);
                diskBlocks?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.End.$Properties;
        }

        interface IAck extends supercloud.replication.Ack.$Properties {
        }

        class Ack {
            constructor(p?: supercloud.replication.Ack.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            static create(properties: supercloud.replication.Ack.$Shape): supercloud.replication.Ack & supercloud.replication.Ack.$Shape;
            static create(properties?: supercloud.replication.Ack.$Properties): supercloud.replication.Ack;
            static encode(m: supercloud.replication.Ack.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.Ack & supercloud.replication.Ack.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.Ack;
            static toObject(m: supercloud.replication.Ack, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Ack {
            interface $Properties {
                epoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Ack.$Properties;
        }

        interface IClose extends supercloud.replication.Close.$Properties {
        }

        class Close {
            constructor(p?: supercloud.replication.Close.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: supercloud.replication.Close.$Shape): supercloud.replication.Close & supercloud.replication.Close.$Shape;
            static create(properties?: supercloud.replication.Close.$Properties): supercloud.replication.Close;
            static encode(m: supercloud.replication.Close.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.Close & supercloud.replication.Close.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.Close;
            static toObject(m: supercloud.replication.Close, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Close {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Close.$Properties;
        }

        interface IReplicationMessage extends supercloud.replication.ReplicationMessage.$Properties {
        }

        class ReplicationMessage {
            constructor(p?: supercloud.replication.ReplicationMessage.$Properties);
            $unknowns?: Uint8Array[];
            open?: (supercloud.replication.Open.$Properties|null);
            accept?: (supercloud.replication.Accept.$Properties|null);
            refuse?: (supercloud.replication.Refuse.$Properties|null);
            pages?: (supercloud.migration.Pages.$Properties|null);
            begin?: (supercloud.replication.Begin.$Properties|null);
            devices?: (supercloud.replication.Devices.$Properties|null);
            end?: (supercloud.replication.End.$Properties|null);
            ack?: (supercloud.replication.Ack.$Properties|null);
            close?: (supercloud.replication.Close.$Properties|null);
            deltas?: (supercloud.migration.Deltas.$Properties|null);
            body?: ("open"|"accept"|"refuse"|"pages"|"begin"|"devices"|"end"|"ack"|"close"|"deltas");
            static create(properties: supercloud.replication.ReplicationMessage.$Shape): supercloud.replication.ReplicationMessage & supercloud.replication.ReplicationMessage.$Shape;
            static create(properties?: supercloud.replication.ReplicationMessage.$Properties): supercloud.replication.ReplicationMessage;
            static encode(m: supercloud.replication.ReplicationMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.ReplicationMessage & supercloud.replication.ReplicationMessage.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.ReplicationMessage;
            static toObject(m: supercloud.replication.ReplicationMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReplicationMessage {
            interface $Properties {
                open?: (supercloud.replication.Open.$Properties|null);
                accept?: (supercloud.replication.Accept.$Properties|null);
                refuse?: (supercloud.replication.Refuse.$Properties|null);
                pages?: (supercloud.migration.Pages.$Properties|null);
                begin?: (supercloud.replication.Begin.$Properties|null);
                devices?: (supercloud.replication.Devices.$Properties|null);
                end?: (supercloud.replication.End.$Properties|null);
                ack?: (supercloud.replication.Ack.$Properties|null);
                close?: (supercloud.replication.Close.$Properties|null);
                deltas?: (supercloud.migration.Deltas.$Properties|null);
                body?: ("open"|"accept"|"refuse"|"pages"|"begin"|"devices"|"end"|"ack"|"close"|"deltas");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              open?: supercloud.replication.Open.$Shape|null;
              accept?: supercloud.replication.Accept.$Shape|null;
              refuse?: supercloud.replication.Refuse.$Shape|null;
              pages?: supercloud.migration.Pages.$Shape|null;
              begin?: supercloud.replication.Begin.$Shape|null;
              devices?: supercloud.replication.Devices.$Shape|null;
              end?: supercloud.replication.End.$Shape|null;
              ack?: supercloud.replication.Ack.$Shape|null;
              close?: supercloud.replication.Close.$Shape|null;
              deltas?: supercloud.migration.Deltas.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "open"; open: supercloud.replication.Open.$Shape; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "accept"; open?: null; accept: supercloud.replication.Accept.$Shape; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "refuse"; open?: null; accept?: null; refuse: supercloud.replication.Refuse.$Shape; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "pages"; open?: null; accept?: null; refuse?: null; pages: supercloud.migration.Pages.$Shape; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "begin"; open?: null; accept?: null; refuse?: null; pages?: null; begin: supercloud.replication.Begin.$Shape; devices?: null; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "devices"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices: supercloud.replication.Devices.$Shape; end?: null; ack?: null; close?: null; deltas?: null }|{ body?: "end"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end: supercloud.replication.End.$Shape; ack?: null; close?: null; deltas?: null }|{ body?: "ack"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack: supercloud.replication.Ack.$Shape; close?: null; deltas?: null }|{ body?: "close"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close: supercloud.replication.Close.$Shape; deltas?: null }|{ body?: "deltas"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas: supercloud.migration.Deltas.$Shape })
            );
        }

        interface IVoteRequest extends supercloud.replication.VoteRequest.$Properties {
        }

        class VoteRequest {
            constructor(p?: supercloud.replication.VoteRequest.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            epoch: number;
            primary: Uint8Array;
            standby: Uint8Array;
            side: string;
            static create(properties: supercloud.replication.VoteRequest.$Shape): supercloud.replication.VoteRequest & supercloud.replication.VoteRequest.$Shape;
            static create(properties?: supercloud.replication.VoteRequest.$Properties): supercloud.replication.VoteRequest;
            static encode(m: supercloud.replication.VoteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.VoteRequest & supercloud.replication.VoteRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.VoteRequest;
            static toObject(m: supercloud.replication.VoteRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VoteRequest {
            interface $Properties {
                vmId?: (string|null);
                epoch?: (number|null);
                primary?: (Uint8Array|null);
                standby?: (Uint8Array|null);
                side?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.VoteRequest.$Properties;
        }

        interface IVoteError extends supercloud.replication.VoteError.$Properties {
        }

        class VoteError {
            constructor(p?: supercloud.replication.VoteError.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            status: number;
            static create(properties: supercloud.replication.VoteError.$Shape): supercloud.replication.VoteError & supercloud.replication.VoteError.$Shape;
            static create(properties?: supercloud.replication.VoteError.$Properties): supercloud.replication.VoteError;
            static encode(m: supercloud.replication.VoteError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.VoteError & supercloud.replication.VoteError.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.VoteError;
            static toObject(m: supercloud.replication.VoteError, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VoteError {
            interface $Properties {
                name?: (string|null);
                message?: (string|null);
                status?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.VoteError.$Properties;
        }

        interface IVoteResponse extends supercloud.replication.VoteResponse.$Properties {
        }

        class VoteResponse {
            constructor(p?: supercloud.replication.VoteResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.replication.VoteError.$Properties|null);
            granted: boolean;
            reason: string;
            static create(properties: supercloud.replication.VoteResponse.$Shape): supercloud.replication.VoteResponse & supercloud.replication.VoteResponse.$Shape;
            static create(properties?: supercloud.replication.VoteResponse.$Properties): supercloud.replication.VoteResponse;
            static encode(m: supercloud.replication.VoteResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.replication.VoteResponse & supercloud.replication.VoteResponse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.replication.VoteResponse;
            static toObject(m: supercloud.replication.VoteResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VoteResponse {
            interface $Properties {
                error?: (supercloud.replication.VoteError.$Properties|null);
                granted?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.VoteResponse.$Properties;
        }
    }

    namespace vm {

        interface ITinyOptions extends supercloud.vm.TinyOptions.$Properties {
        }

        class TinyOptions {
            constructor(p?: supercloud.vm.TinyOptions.$Properties);
            $unknowns?: Uint8Array[];
            busy: boolean;
            dirtyPagesPerSec: number;
            dirtyPercent: number;
            fillRam: boolean;
            static create(properties: supercloud.vm.TinyOptions.$Shape): supercloud.vm.TinyOptions & supercloud.vm.TinyOptions.$Shape;
            static create(properties?: supercloud.vm.TinyOptions.$Properties): supercloud.vm.TinyOptions;
            static encode(m: supercloud.vm.TinyOptions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.TinyOptions & supercloud.vm.TinyOptions.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.TinyOptions;
            static toObject(m: supercloud.vm.TinyOptions, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TinyOptions {
            interface $Properties {
                busy?: (boolean|null);
                dirtyPagesPerSec?: (number|null);
                dirtyPercent?: (number|null);
                fillRam?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.TinyOptions.$Properties;
        }

        interface IVmNet extends supercloud.vm.VmNet.$Properties {
        }

        class VmNet {
            constructor(p?: supercloud.vm.VmNet.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            ip: string;
            static create(properties: supercloud.vm.VmNet.$Shape): supercloud.vm.VmNet & supercloud.vm.VmNet.$Shape;
            static create(properties?: supercloud.vm.VmNet.$Properties): supercloud.vm.VmNet;
            static encode(m: supercloud.vm.VmNet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmNet & supercloud.vm.VmNet.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmNet;
            static toObject(m: supercloud.vm.VmNet, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmNet {
            interface $Properties {
                id?: (number|null);
                ip?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmNet.$Properties;
        }

        interface IVmSpec extends supercloud.vm.VmSpec.$Properties {
        }

        class VmSpec {
            constructor(p?: supercloud.vm.VmSpec.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            image: string;
            memoryBytes: number;
            nic: string;
            mac: string;
            guestMac: string;
            tiny?: (supercloud.vm.TinyOptions.$Properties|null);
            net?: (supercloud.vm.VmNet.$Properties|null);
            pinned: boolean;
            static create(properties: supercloud.vm.VmSpec.$Shape): supercloud.vm.VmSpec & supercloud.vm.VmSpec.$Shape;
            static create(properties?: supercloud.vm.VmSpec.$Properties): supercloud.vm.VmSpec;
            static encode(m: supercloud.vm.VmSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmSpec & supercloud.vm.VmSpec.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmSpec;
            static toObject(m: supercloud.vm.VmSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmSpec {
            interface $Properties {
                name?: (string|null);
                image?: (string|null);
                memoryBytes?: (number|null);
                nic?: (string|null);
                mac?: (string|null);
                guestMac?: (string|null);
                tiny?: (supercloud.vm.TinyOptions.$Properties|null);
                net?: (supercloud.vm.VmNet.$Properties|null);
                pinned?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmSpec.$Properties;
        }

        interface IHandoff extends supercloud.vm.Handoff.$Properties {
        }

        class Handoff {
            constructor(p?: supercloud.vm.Handoff.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            epoch: number;
            from: Uint8Array;
            to: Uint8Array;
            atMs: number;
            static create(properties: supercloud.vm.Handoff.$Shape): supercloud.vm.Handoff & supercloud.vm.Handoff.$Shape;
            static create(properties?: supercloud.vm.Handoff.$Properties): supercloud.vm.Handoff;
            static encode(m: supercloud.vm.Handoff.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.Handoff & supercloud.vm.Handoff.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.Handoff;
            static toObject(m: supercloud.vm.Handoff, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Handoff {
            interface $Properties {
                vmId?: (string|null);
                epoch?: (number|null);
                from?: (Uint8Array|null);
                to?: (Uint8Array|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.Handoff.$Properties;
        }

        interface ISignedHandoff extends supercloud.vm.SignedHandoff.$Properties {
        }

        class SignedHandoff {
            constructor(p?: supercloud.vm.SignedHandoff.$Properties);
            $unknowns?: Uint8Array[];
            handoff: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.vm.SignedHandoff.$Shape): supercloud.vm.SignedHandoff & supercloud.vm.SignedHandoff.$Shape;
            static create(properties?: supercloud.vm.SignedHandoff.$Properties): supercloud.vm.SignedHandoff;
            static encode(m: supercloud.vm.SignedHandoff.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.SignedHandoff & supercloud.vm.SignedHandoff.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.SignedHandoff;
            static toObject(m: supercloud.vm.SignedHandoff, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedHandoff {
            interface $Properties {
                handoff?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.SignedHandoff.$Properties;
        }

        interface IVmRecord extends supercloud.vm.VmRecord.$Properties {
        }

        class VmRecord {
            constructor(p?: supercloud.vm.VmRecord.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            epoch: number;
            spec?: (supercloud.vm.VmSpec.$Properties|null);
            phase: string;
            reason: string;
            createdAtMs: number;
            updatedAtMs: number;
            creator: Uint8Array;
            nonce: string;
            handoffs: supercloud.vm.SignedHandoff.$Properties[];
            static create(properties: supercloud.vm.VmRecord.$Shape): supercloud.vm.VmRecord & supercloud.vm.VmRecord.$Shape;
            static create(properties?: supercloud.vm.VmRecord.$Properties): supercloud.vm.VmRecord;
            static encode(m: supercloud.vm.VmRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmRecord & supercloud.vm.VmRecord.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmRecord;
            static toObject(m: supercloud.vm.VmRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmRecord {
            interface $Properties {
                id?: (string|null);
                epoch?: (number|null);
                spec?: (supercloud.vm.VmSpec.$Properties|null);
                phase?: (string|null);
                reason?: (string|null);
                createdAtMs?: (number|null);
                updatedAtMs?: (number|null);
                creator?: (Uint8Array|null);
                nonce?: (string|null);
                handoffs?: (supercloud.vm.SignedHandoff.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmRecord.$Properties;
        }

        interface IInventory extends supercloud.vm.Inventory.$Properties {
        }

        class Inventory {
            constructor(p?: supercloud.vm.Inventory.$Properties);
            $unknowns?: Uint8Array[];
            owner: Uint8Array;
            seq: number;
            incarnation: number;
            vms: supercloud.vm.VmRecord.$Properties[];
            static create(properties: supercloud.vm.Inventory.$Shape): supercloud.vm.Inventory & supercloud.vm.Inventory.$Shape;
            static create(properties?: supercloud.vm.Inventory.$Properties): supercloud.vm.Inventory;
            static encode(m: supercloud.vm.Inventory.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.Inventory & supercloud.vm.Inventory.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.Inventory;
            static toObject(m: supercloud.vm.Inventory, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Inventory {
            interface $Properties {
                owner?: (Uint8Array|null);
                seq?: (number|null);
                incarnation?: (number|null);
                vms?: (supercloud.vm.VmRecord.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.Inventory.$Properties;
        }

        interface ISignedInventory extends supercloud.vm.SignedInventory.$Properties {
        }

        class SignedInventory {
            constructor(p?: supercloud.vm.SignedInventory.$Properties);
            $unknowns?: Uint8Array[];
            inventory: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.vm.SignedInventory.$Shape): supercloud.vm.SignedInventory & supercloud.vm.SignedInventory.$Shape;
            static create(properties?: supercloud.vm.SignedInventory.$Properties): supercloud.vm.SignedInventory;
            static encode(m: supercloud.vm.SignedInventory.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.SignedInventory & supercloud.vm.SignedInventory.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.SignedInventory;
            static toObject(m: supercloud.vm.SignedInventory, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedInventory {
            interface $Properties {
                inventory?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.SignedInventory.$Properties;
        }

        interface IRecordsRequest extends supercloud.vm.RecordsRequest.$Properties {
        }

        class RecordsRequest {
            constructor(p?: supercloud.vm.RecordsRequest.$Properties);
            $unknowns?: Uint8Array[];
            owners: Uint8Array[];
            static create(properties: supercloud.vm.RecordsRequest.$Shape): supercloud.vm.RecordsRequest & supercloud.vm.RecordsRequest.$Shape;
            static create(properties?: supercloud.vm.RecordsRequest.$Properties): supercloud.vm.RecordsRequest;
            static encode(m: supercloud.vm.RecordsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.RecordsRequest & supercloud.vm.RecordsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.RecordsRequest;
            static toObject(m: supercloud.vm.RecordsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RecordsRequest {
            interface $Properties {
                owners?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.RecordsRequest.$Properties;
        }

        interface IRecordsResponse extends supercloud.vm.RecordsResponse.$Properties {
        }

        class RecordsResponse {
            constructor(p?: supercloud.vm.RecordsResponse.$Properties);
            $unknowns?: Uint8Array[];
            inventories: supercloud.vm.SignedInventory.$Properties[];
            error: string;
            static create(properties: supercloud.vm.RecordsResponse.$Shape): supercloud.vm.RecordsResponse & supercloud.vm.RecordsResponse.$Shape;
            static create(properties?: supercloud.vm.RecordsResponse.$Properties): supercloud.vm.RecordsResponse;
            static encode(m: supercloud.vm.RecordsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.RecordsResponse & supercloud.vm.RecordsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.RecordsResponse;
            static toObject(m: supercloud.vm.RecordsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RecordsResponse {
            interface $Properties {
                inventories?: (supercloud.vm.SignedInventory.$Properties[]|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.RecordsResponse.$Properties;
        }

        interface IGuestInfo extends supercloud.vm.GuestInfo.$Properties {
        }

        class GuestInfo {
            constructor(p?: supercloud.vm.GuestInfo.$Properties);
            $unknowns?: Uint8Array[];
            counter: number;
            bootId: string;
            ready: boolean;
            pagesDirtied: number;
            framesReceived: number;
            framesSent: number;
            ip: string;
            mac: string;
            panicVector: number;
            static create(properties: supercloud.vm.GuestInfo.$Shape): supercloud.vm.GuestInfo & supercloud.vm.GuestInfo.$Shape;
            static create(properties?: supercloud.vm.GuestInfo.$Properties): supercloud.vm.GuestInfo;
            static encode(m: supercloud.vm.GuestInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.GuestInfo & supercloud.vm.GuestInfo.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.GuestInfo;
            static toObject(m: supercloud.vm.GuestInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace GuestInfo {
            interface $Properties {
                counter?: (number|null);
                bootId?: (string|null);
                ready?: (boolean|null);
                pagesDirtied?: (number|null);
                framesReceived?: (number|null);
                framesSent?: (number|null);
                ip?: (string|null);
                mac?: (string|null);
                panicVector?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.GuestInfo.$Properties;
        }

        interface IVmDetail extends supercloud.vm.VmDetail.$Properties {
        }

        class VmDetail {
            constructor(p?: supercloud.vm.VmDetail.$Properties);
            $unknowns?: Uint8Array[];
            record?: (supercloud.vm.VmRecord.$Properties|null);
            guest?: (supercloud.vm.GuestInfo.$Properties|null);
            note: string;
            protection?: (supercloud.vm.Protection.$Properties|null);
            guestLive?: (supercloud.vm.GuestInfo.$Properties|null);
            static create(properties: supercloud.vm.VmDetail.$Shape): supercloud.vm.VmDetail & supercloud.vm.VmDetail.$Shape;
            static create(properties?: supercloud.vm.VmDetail.$Properties): supercloud.vm.VmDetail;
            static encode(m: supercloud.vm.VmDetail.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmDetail & supercloud.vm.VmDetail.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmDetail;
            static toObject(m: supercloud.vm.VmDetail, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmDetail {
            interface $Properties {
                record?: (supercloud.vm.VmRecord.$Properties|null);
                guest?: (supercloud.vm.GuestInfo.$Properties|null);
                note?: (string|null);
                protection?: (supercloud.vm.Protection.$Properties|null);
                guestLive?: (supercloud.vm.GuestInfo.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmDetail.$Properties;
        }

        interface IProtection extends supercloud.vm.Protection.$Properties {
        }

        class Protection {
            constructor(p?: supercloud.vm.Protection.$Properties);
            $unknowns?: Uint8Array[];
            state: string;
            standby: Uint8Array;
            lastCheckpointAgeMs: number;
            framesHeld: number;
            epoch: number;
            intervalMs: number;
            reason: string;
            static create(properties: supercloud.vm.Protection.$Shape): supercloud.vm.Protection & supercloud.vm.Protection.$Shape;
            static create(properties?: supercloud.vm.Protection.$Properties): supercloud.vm.Protection;
            static encode(m: supercloud.vm.Protection.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.Protection & supercloud.vm.Protection.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.Protection;
            static toObject(m: supercloud.vm.Protection, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Protection {
            interface $Properties {
                state?: (string|null);
                standby?: (Uint8Array|null);
                lastCheckpointAgeMs?: (number|null);
                framesHeld?: (number|null);
                epoch?: (number|null);
                intervalMs?: (number|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.Protection.$Properties;
        }

        interface ICreateVm extends supercloud.vm.CreateVm.$Properties {
        }

        class CreateVm {
            constructor(p?: supercloud.vm.CreateVm.$Properties);
            $unknowns?: Uint8Array[];
            spec?: (supercloud.vm.VmSpec.$Properties|null);
            static create(properties: supercloud.vm.CreateVm.$Shape): supercloud.vm.CreateVm & supercloud.vm.CreateVm.$Shape;
            static create(properties?: supercloud.vm.CreateVm.$Properties): supercloud.vm.CreateVm;
            static encode(m: supercloud.vm.CreateVm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.CreateVm & supercloud.vm.CreateVm.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.CreateVm;
            static toObject(m: supercloud.vm.CreateVm, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CreateVm {
            interface $Properties {
                spec?: (supercloud.vm.VmSpec.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.CreateVm.$Properties;
        }

        interface IVmAction extends supercloud.vm.VmAction.$Properties {
        }

        class VmAction {
            constructor(p?: supercloud.vm.VmAction.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            action: string;
            standby: string;
            checkpointIntervalMs: number;
            static create(properties: supercloud.vm.VmAction.$Shape): supercloud.vm.VmAction & supercloud.vm.VmAction.$Shape;
            static create(properties?: supercloud.vm.VmAction.$Properties): supercloud.vm.VmAction;
            static encode(m: supercloud.vm.VmAction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmAction & supercloud.vm.VmAction.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmAction;
            static toObject(m: supercloud.vm.VmAction, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmAction {
            interface $Properties {
                vmId?: (string|null);
                action?: (string|null);
                standby?: (string|null);
                checkpointIntervalMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmAction.$Properties;
        }

        interface IShowVm extends supercloud.vm.ShowVm.$Properties {
        }

        class ShowVm {
            constructor(p?: supercloud.vm.ShowVm.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            static create(properties: supercloud.vm.ShowVm.$Shape): supercloud.vm.ShowVm & supercloud.vm.ShowVm.$Shape;
            static create(properties?: supercloud.vm.ShowVm.$Properties): supercloud.vm.ShowVm;
            static encode(m: supercloud.vm.ShowVm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.ShowVm & supercloud.vm.ShowVm.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.ShowVm;
            static toObject(m: supercloud.vm.ShowVm, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ShowVm {
            interface $Properties {
                vmId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.ShowVm.$Properties;
        }

        interface IListVms extends supercloud.vm.ListVms.$Properties {
        }

        class ListVms {
            constructor(p?: supercloud.vm.ListVms.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.vm.ListVms.$Shape): supercloud.vm.ListVms & supercloud.vm.ListVms.$Shape;
            static create(properties?: supercloud.vm.ListVms.$Properties): supercloud.vm.ListVms;
            static encode(m: supercloud.vm.ListVms.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.ListVms & supercloud.vm.ListVms.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.ListVms;
            static toObject(m: supercloud.vm.ListVms, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ListVms {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.ListVms.$Properties;
        }

        interface IVmLogs extends supercloud.vm.VmLogs.$Properties {
        }

        class VmLogs {
            constructor(p?: supercloud.vm.VmLogs.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            static create(properties: supercloud.vm.VmLogs.$Shape): supercloud.vm.VmLogs & supercloud.vm.VmLogs.$Shape;
            static create(properties?: supercloud.vm.VmLogs.$Properties): supercloud.vm.VmLogs;
            static encode(m: supercloud.vm.VmLogs.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmLogs & supercloud.vm.VmLogs.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmLogs;
            static toObject(m: supercloud.vm.VmLogs, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmLogs {
            interface $Properties {
                vmId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmLogs.$Properties;
        }

        interface IAttachVm extends supercloud.vm.AttachVm.$Properties {
        }

        class AttachVm {
            constructor(p?: supercloud.vm.AttachVm.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            net?: (supercloud.vm.VmNet.$Properties|null);
            static create(properties: supercloud.vm.AttachVm.$Shape): supercloud.vm.AttachVm & supercloud.vm.AttachVm.$Shape;
            static create(properties?: supercloud.vm.AttachVm.$Properties): supercloud.vm.AttachVm;
            static encode(m: supercloud.vm.AttachVm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.AttachVm & supercloud.vm.AttachVm.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.AttachVm;
            static toObject(m: supercloud.vm.AttachVm, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AttachVm {
            interface $Properties {
                vmId?: (string|null);
                net?: (supercloud.vm.VmNet.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.AttachVm.$Properties;
        }

        interface IDetachVm extends supercloud.vm.DetachVm.$Properties {
        }

        class DetachVm {
            constructor(p?: supercloud.vm.DetachVm.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            static create(properties: supercloud.vm.DetachVm.$Shape): supercloud.vm.DetachVm & supercloud.vm.DetachVm.$Shape;
            static create(properties?: supercloud.vm.DetachVm.$Properties): supercloud.vm.DetachVm;
            static encode(m: supercloud.vm.DetachVm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.DetachVm & supercloud.vm.DetachVm.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.DetachVm;
            static toObject(m: supercloud.vm.DetachVm, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DetachVm {
            interface $Properties {
                vmId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.DetachVm.$Properties;
        }

        interface IMigrateVm extends supercloud.vm.MigrateVm.$Properties {
        }

        class MigrateVm {
            constructor(p?: supercloud.vm.MigrateVm.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            to: Uint8Array;
            mode: string;
            downtimeTargetMs: number;
            static create(properties: supercloud.vm.MigrateVm.$Shape): supercloud.vm.MigrateVm & supercloud.vm.MigrateVm.$Shape;
            static create(properties?: supercloud.vm.MigrateVm.$Properties): supercloud.vm.MigrateVm;
            static encode(m: supercloud.vm.MigrateVm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.MigrateVm & supercloud.vm.MigrateVm.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.MigrateVm;
            static toObject(m: supercloud.vm.MigrateVm, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace MigrateVm {
            interface $Properties {
                vmId?: (string|null);
                to?: (Uint8Array|null);
                mode?: (string|null);
                downtimeTargetMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.MigrateVm.$Properties;
        }

        interface IMigrationQuery extends supercloud.vm.MigrationQuery.$Properties {
        }

        class MigrationQuery {
            constructor(p?: supercloud.vm.MigrationQuery.$Properties);
            $unknowns?: Uint8Array[];
            migrationId: string;
            cancelVmId: string;
            waitMs: number;
            static create(properties: supercloud.vm.MigrationQuery.$Shape): supercloud.vm.MigrationQuery & supercloud.vm.MigrationQuery.$Shape;
            static create(properties?: supercloud.vm.MigrationQuery.$Properties): supercloud.vm.MigrationQuery;
            static encode(m: supercloud.vm.MigrationQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.MigrationQuery & supercloud.vm.MigrationQuery.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.MigrationQuery;
            static toObject(m: supercloud.vm.MigrationQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace MigrationQuery {
            interface $Properties {
                migrationId?: (string|null);
                cancelVmId?: (string|null);
                waitMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.MigrationQuery.$Properties;
        }

        interface IMigrationInfo extends supercloud.vm.MigrationInfo.$Properties {
        }

        class MigrationInfo {
            constructor(p?: supercloud.vm.MigrationInfo.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            vmId: string;
            vmName: string;
            from: Uint8Array;
            to: Uint8Array;
            mode: string;
            phase: string;
            startedAtMs: number;
            endedAtMs: number;
            reason: string;
            totalMs: number;
            downtimeMs: number;
            bytes: number;
            rounds: number;
            pagesPerRound: number[];
            round: number;
            lastRoundBytes: number;
            dirtyBytesPerSec: number;
            bandwidthBytesPerSec: number;
            etaMs: number;
            throttleMs: number;
            downtimeBreakdown?: (supercloud.vm.DowntimeBreakdown.$Properties|null);
            streamMbps: number;
            pingGapMs: number;
            static create(properties: supercloud.vm.MigrationInfo.$Shape): supercloud.vm.MigrationInfo & supercloud.vm.MigrationInfo.$Shape;
            static create(properties?: supercloud.vm.MigrationInfo.$Properties): supercloud.vm.MigrationInfo;
            static encode(m: supercloud.vm.MigrationInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.MigrationInfo & supercloud.vm.MigrationInfo.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.MigrationInfo;
            static toObject(m: supercloud.vm.MigrationInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace MigrationInfo {
            interface $Properties {
                id?: (string|null);
                vmId?: (string|null);
                vmName?: (string|null);
                from?: (Uint8Array|null);
                to?: (Uint8Array|null);
                mode?: (string|null);
                phase?: (string|null);
                startedAtMs?: (number|null);
                endedAtMs?: (number|null);
                reason?: (string|null);
                totalMs?: (number|null);
                downtimeMs?: (number|null);
                bytes?: (number|null);
                rounds?: (number|null);
                pagesPerRound?: (number[]|null);
                round?: (number|null);
                lastRoundBytes?: (number|null);
                dirtyBytesPerSec?: (number|null);
                bandwidthBytesPerSec?: (number|null);
                etaMs?: (number|null);
                throttleMs?: (number|null);
                downtimeBreakdown?: (supercloud.vm.DowntimeBreakdown.$Properties|null);
                streamMbps?: (number|null);
                pingGapMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.MigrationInfo.$Properties;
        }

        interface IDowntimeBreakdown extends supercloud.vm.DowntimeBreakdown.$Properties {
        }

        class DowntimeBreakdown {
            constructor(p?: supercloud.vm.DowntimeBreakdown.$Properties);
            $unknowns?: Uint8Array[];
            pauseMs: number;
            devicesMs: number;
            lastRoundMs: number;
            sendMs: number;
            oneWayMs: number;
            destinationMs: number;
            scanMs: number;
            static create(properties: supercloud.vm.DowntimeBreakdown.$Shape): supercloud.vm.DowntimeBreakdown & supercloud.vm.DowntimeBreakdown.$Shape;
            static create(properties?: supercloud.vm.DowntimeBreakdown.$Properties): supercloud.vm.DowntimeBreakdown;
            static encode(m: supercloud.vm.DowntimeBreakdown.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.DowntimeBreakdown & supercloud.vm.DowntimeBreakdown.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.DowntimeBreakdown;
            static toObject(m: supercloud.vm.DowntimeBreakdown, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DowntimeBreakdown {
            interface $Properties {
                pauseMs?: (number|null);
                devicesMs?: (number|null);
                lastRoundMs?: (number|null);
                sendMs?: (number|null);
                oneWayMs?: (number|null);
                destinationMs?: (number|null);
                scanMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.DowntimeBreakdown.$Properties;
        }

        interface IMigrationList extends supercloud.vm.MigrationList.$Properties {
        }

        class MigrationList {
            constructor(p?: supercloud.vm.MigrationList.$Properties);
            $unknowns?: Uint8Array[];
            migrations: supercloud.vm.MigrationInfo.$Properties[];
            static create(properties: supercloud.vm.MigrationList.$Shape): supercloud.vm.MigrationList & supercloud.vm.MigrationList.$Shape;
            static create(properties?: supercloud.vm.MigrationList.$Properties): supercloud.vm.MigrationList;
            static encode(m: supercloud.vm.MigrationList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.MigrationList & supercloud.vm.MigrationList.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.MigrationList;
            static toObject(m: supercloud.vm.MigrationList, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace MigrationList {
            interface $Properties {
                migrations?: (supercloud.vm.MigrationInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.MigrationList.$Properties;
        }

        interface IVmRequest extends supercloud.vm.VmRequest.$Properties {
        }

        class VmRequest {
            constructor(p?: supercloud.vm.VmRequest.$Properties);
            $unknowns?: Uint8Array[];
            create?: (supercloud.vm.CreateVm.$Properties|null);
            action?: (supercloud.vm.VmAction.$Properties|null);
            show?: (supercloud.vm.ShowVm.$Properties|null);
            list?: (supercloud.vm.ListVms.$Properties|null);
            logs?: (supercloud.vm.VmLogs.$Properties|null);
            attach?: (supercloud.vm.AttachVm.$Properties|null);
            detach?: (supercloud.vm.DetachVm.$Properties|null);
            migrate?: (supercloud.vm.MigrateVm.$Properties|null);
            migrations?: (supercloud.vm.MigrationQuery.$Properties|null);
            op?: ("create"|"action"|"show"|"list"|"logs"|"attach"|"detach"|"migrate"|"migrations");
            static create(properties: supercloud.vm.VmRequest.$Shape): supercloud.vm.VmRequest & supercloud.vm.VmRequest.$Shape;
            static create(properties?: supercloud.vm.VmRequest.$Properties): supercloud.vm.VmRequest;
            static encode(m: supercloud.vm.VmRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmRequest & supercloud.vm.VmRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmRequest;
            static toObject(m: supercloud.vm.VmRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmRequest {
            interface $Properties {
                create?: (supercloud.vm.CreateVm.$Properties|null);
                action?: (supercloud.vm.VmAction.$Properties|null);
                show?: (supercloud.vm.ShowVm.$Properties|null);
                list?: (supercloud.vm.ListVms.$Properties|null);
                logs?: (supercloud.vm.VmLogs.$Properties|null);
                attach?: (supercloud.vm.AttachVm.$Properties|null);
                detach?: (supercloud.vm.DetachVm.$Properties|null);
                migrate?: (supercloud.vm.MigrateVm.$Properties|null);
                migrations?: (supercloud.vm.MigrationQuery.$Properties|null);
                op?: ("create"|"action"|"show"|"list"|"logs"|"attach"|"detach"|"migrate"|"migrations");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              create?: supercloud.vm.CreateVm.$Shape|null;
              action?: supercloud.vm.VmAction.$Shape|null;
              show?: supercloud.vm.ShowVm.$Shape|null;
              list?: supercloud.vm.ListVms.$Shape|null;
              logs?: supercloud.vm.VmLogs.$Shape|null;
              attach?: supercloud.vm.AttachVm.$Shape|null;
              detach?: supercloud.vm.DetachVm.$Shape|null;
              migrate?: supercloud.vm.MigrateVm.$Shape|null;
              migrations?: supercloud.vm.MigrationQuery.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "create"; create: supercloud.vm.CreateVm.$Shape; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "action"; create?: null; action: supercloud.vm.VmAction.$Shape; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "show"; create?: null; action?: null; show: supercloud.vm.ShowVm.$Shape; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "list"; create?: null; action?: null; show?: null; list: supercloud.vm.ListVms.$Shape; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "logs"; create?: null; action?: null; show?: null; list?: null; logs: supercloud.vm.VmLogs.$Shape; attach?: null; detach?: null; migrate?: null; migrations?: null }|{ op?: "attach"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach: supercloud.vm.AttachVm.$Shape; detach?: null; migrate?: null; migrations?: null }|{ op?: "detach"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach: supercloud.vm.DetachVm.$Shape; migrate?: null; migrations?: null }|{ op?: "migrate"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate: supercloud.vm.MigrateVm.$Shape; migrations?: null }|{ op?: "migrations"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations: supercloud.vm.MigrationQuery.$Shape })
            );
        }

        interface IVmError extends supercloud.vm.VmError.$Properties {
        }

        class VmError {
            constructor(p?: supercloud.vm.VmError.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            status: number;
            static create(properties: supercloud.vm.VmError.$Shape): supercloud.vm.VmError & supercloud.vm.VmError.$Shape;
            static create(properties?: supercloud.vm.VmError.$Properties): supercloud.vm.VmError;
            static encode(m: supercloud.vm.VmError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmError & supercloud.vm.VmError.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmError;
            static toObject(m: supercloud.vm.VmError, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmError {
            interface $Properties {
                name?: (string|null);
                message?: (string|null);
                status?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmError.$Properties;
        }

        interface IVmList extends supercloud.vm.VmList.$Properties {
        }

        class VmList {
            constructor(p?: supercloud.vm.VmList.$Properties);
            $unknowns?: Uint8Array[];
            vms: supercloud.vm.VmDetail.$Properties[];
            static create(properties: supercloud.vm.VmList.$Shape): supercloud.vm.VmList & supercloud.vm.VmList.$Shape;
            static create(properties?: supercloud.vm.VmList.$Properties): supercloud.vm.VmList;
            static encode(m: supercloud.vm.VmList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmList & supercloud.vm.VmList.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmList;
            static toObject(m: supercloud.vm.VmList, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmList {
            interface $Properties {
                vms?: (supercloud.vm.VmDetail.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmList.$Properties;
        }

        interface IVmResponse extends supercloud.vm.VmResponse.$Properties {
        }

        class VmResponse {
            constructor(p?: supercloud.vm.VmResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.vm.VmError.$Properties|null);
            vm?: (supercloud.vm.VmDetail.$Properties|null);
            list?: (supercloud.vm.VmList.$Properties|null);
            logs?: (Uint8Array|null);
            migrations?: (supercloud.vm.MigrationList.$Properties|null);
            result?: ("error"|"vm"|"list"|"logs"|"migrations");
            static create(properties: supercloud.vm.VmResponse.$Shape): supercloud.vm.VmResponse & supercloud.vm.VmResponse.$Shape;
            static create(properties?: supercloud.vm.VmResponse.$Properties): supercloud.vm.VmResponse;
            static encode(m: supercloud.vm.VmResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.VmResponse & supercloud.vm.VmResponse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.VmResponse;
            static toObject(m: supercloud.vm.VmResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmResponse {
            interface $Properties {
                error?: (supercloud.vm.VmError.$Properties|null);
                vm?: (supercloud.vm.VmDetail.$Properties|null);
                list?: (supercloud.vm.VmList.$Properties|null);
                logs?: (Uint8Array|null);
                migrations?: (supercloud.vm.MigrationList.$Properties|null);
                result?: ("error"|"vm"|"list"|"logs"|"migrations");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              error?: supercloud.vm.VmError.$Shape|null;
              vm?: supercloud.vm.VmDetail.$Shape|null;
              list?: supercloud.vm.VmList.$Shape|null;
              logs?: Uint8Array|null;
              migrations?: supercloud.vm.MigrationList.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; error?: null; vm?: null; list?: null; logs?: null; migrations?: null }|{ result?: "error"; error: supercloud.vm.VmError.$Shape; vm?: null; list?: null; logs?: null; migrations?: null }|{ result?: "vm"; error?: null; vm: supercloud.vm.VmDetail.$Shape; list?: null; logs?: null; migrations?: null }|{ result?: "list"; error?: null; vm?: null; list: supercloud.vm.VmList.$Shape; logs?: null; migrations?: null }|{ result?: "logs"; error?: null; vm?: null; list?: null; logs: Uint8Array; migrations?: null }|{ result?: "migrations"; error?: null; vm?: null; list?: null; logs?: null; migrations: supercloud.vm.MigrationList.$Shape })
            );
        }

        interface IConsoleOpen extends supercloud.vm.ConsoleOpen.$Properties {
        }

        class ConsoleOpen {
            constructor(p?: supercloud.vm.ConsoleOpen.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            static create(properties: supercloud.vm.ConsoleOpen.$Shape): supercloud.vm.ConsoleOpen & supercloud.vm.ConsoleOpen.$Shape;
            static create(properties?: supercloud.vm.ConsoleOpen.$Properties): supercloud.vm.ConsoleOpen;
            static encode(m: supercloud.vm.ConsoleOpen.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.ConsoleOpen & supercloud.vm.ConsoleOpen.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.ConsoleOpen;
            static toObject(m: supercloud.vm.ConsoleOpen, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ConsoleOpen {
            interface $Properties {
                vmId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.ConsoleOpen.$Properties;
        }

        interface IConsoleOpened extends supercloud.vm.ConsoleOpened.$Properties {
        }

        class ConsoleOpened {
            constructor(p?: supercloud.vm.ConsoleOpened.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.vm.VmError.$Properties|null);
            static create(properties: supercloud.vm.ConsoleOpened.$Shape): supercloud.vm.ConsoleOpened & supercloud.vm.ConsoleOpened.$Shape;
            static create(properties?: supercloud.vm.ConsoleOpened.$Properties): supercloud.vm.ConsoleOpened;
            static encode(m: supercloud.vm.ConsoleOpened.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.ConsoleOpened & supercloud.vm.ConsoleOpened.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.ConsoleOpened;
            static toObject(m: supercloud.vm.ConsoleOpened, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ConsoleOpened {
            interface $Properties {
                error?: (supercloud.vm.VmError.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.ConsoleOpened.$Properties;
        }

        interface IConsoleData extends supercloud.vm.ConsoleData.$Properties {
        }

        class ConsoleData {
            constructor(p?: supercloud.vm.ConsoleData.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            static create(properties: supercloud.vm.ConsoleData.$Shape): supercloud.vm.ConsoleData & supercloud.vm.ConsoleData.$Shape;
            static create(properties?: supercloud.vm.ConsoleData.$Properties): supercloud.vm.ConsoleData;
            static encode(m: supercloud.vm.ConsoleData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.ConsoleData & supercloud.vm.ConsoleData.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.ConsoleData;
            static toObject(m: supercloud.vm.ConsoleData, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ConsoleData {
            interface $Properties {
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.ConsoleData.$Properties;
        }

        interface ISnapshotStart extends supercloud.vm.SnapshotStart.$Properties {
        }

        class SnapshotStart {
            constructor(p?: supercloud.vm.SnapshotStart.$Properties);
            $unknowns?: Uint8Array[];
            snapshotVmId?: (string|null);
            restore?: (supercloud.vm.RestoreVm.$Properties|null);
            op?: ("snapshotVmId"|"restore");
            static create(properties: supercloud.vm.SnapshotStart.$Shape): supercloud.vm.SnapshotStart & supercloud.vm.SnapshotStart.$Shape;
            static create(properties?: supercloud.vm.SnapshotStart.$Properties): supercloud.vm.SnapshotStart;
            static encode(m: supercloud.vm.SnapshotStart.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.SnapshotStart & supercloud.vm.SnapshotStart.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.SnapshotStart;
            static toObject(m: supercloud.vm.SnapshotStart, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SnapshotStart {
            interface $Properties {
                snapshotVmId?: (string|null);
                restore?: (supercloud.vm.RestoreVm.$Properties|null);
                op?: ("snapshotVmId"|"restore");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              snapshotVmId?: string|null;
              restore?: supercloud.vm.RestoreVm.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; snapshotVmId?: null; restore?: null }|{ op?: "snapshotVmId"; snapshotVmId: string; restore?: null }|{ op?: "restore"; snapshotVmId?: null; restore: supercloud.vm.RestoreVm.$Shape })
            );
        }

        interface IRestoreVm extends supercloud.vm.RestoreVm.$Properties {
        }

        class RestoreVm {
            constructor(p?: supercloud.vm.RestoreVm.$Properties);
            $unknowns?: Uint8Array[];
            totalBytes: number;
            name: string;
            static create(properties: supercloud.vm.RestoreVm.$Shape): supercloud.vm.RestoreVm & supercloud.vm.RestoreVm.$Shape;
            static create(properties?: supercloud.vm.RestoreVm.$Properties): supercloud.vm.RestoreVm;
            static encode(m: supercloud.vm.RestoreVm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.RestoreVm & supercloud.vm.RestoreVm.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.RestoreVm;
            static toObject(m: supercloud.vm.RestoreVm, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RestoreVm {
            interface $Properties {
                totalBytes?: (number|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.RestoreVm.$Properties;
        }

        interface ISnapshotHead extends supercloud.vm.SnapshotHead.$Properties {
        }

        class SnapshotHead {
            constructor(p?: supercloud.vm.SnapshotHead.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.vm.VmError.$Properties|null);
            totalBytes: number;
            vm?: (supercloud.vm.VmDetail.$Properties|null);
            static create(properties: supercloud.vm.SnapshotHead.$Shape): supercloud.vm.SnapshotHead & supercloud.vm.SnapshotHead.$Shape;
            static create(properties?: supercloud.vm.SnapshotHead.$Properties): supercloud.vm.SnapshotHead;
            static encode(m: supercloud.vm.SnapshotHead.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.SnapshotHead & supercloud.vm.SnapshotHead.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.SnapshotHead;
            static toObject(m: supercloud.vm.SnapshotHead, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SnapshotHead {
            interface $Properties {
                error?: (supercloud.vm.VmError.$Properties|null);
                totalBytes?: (number|null);
                vm?: (supercloud.vm.VmDetail.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.SnapshotHead.$Properties;
        }

        interface IChunk extends supercloud.vm.Chunk.$Properties {
        }

        class Chunk {
            constructor(p?: supercloud.vm.Chunk.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            static create(properties: supercloud.vm.Chunk.$Shape): supercloud.vm.Chunk & supercloud.vm.Chunk.$Shape;
            static create(properties?: supercloud.vm.Chunk.$Properties): supercloud.vm.Chunk;
            static encode(m: supercloud.vm.Chunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.vm.Chunk & supercloud.vm.Chunk.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.vm.Chunk;
            static toObject(m: supercloud.vm.Chunk, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Chunk {
            interface $Properties {
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.Chunk.$Properties;
        }
    }

    namespace migration {

        interface IOffer extends supercloud.migration.Offer.$Properties {
        }

        class Offer {
            constructor(p?: supercloud.migration.Offer.$Properties);
            $unknowns?: Uint8Array[];
            migrationId: string;
            record?: (supercloud.vm.VmRecord.$Properties|null);
            vgaMemoryBytes: number;
            mode: string;
            paused: boolean;
            rehearsalDeviceState: Uint8Array;
            rehearsalHypercall: string;
            acpi: boolean;
            static create(properties: supercloud.migration.Offer.$Shape): supercloud.migration.Offer & supercloud.migration.Offer.$Shape;
            static create(properties?: supercloud.migration.Offer.$Properties): supercloud.migration.Offer;
            static encode(m: supercloud.migration.Offer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Offer & supercloud.migration.Offer.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Offer;
            static toObject(m: supercloud.migration.Offer, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Offer {
            interface $Properties {
                migrationId?: (string|null);
                record?: (supercloud.vm.VmRecord.$Properties|null);
                vgaMemoryBytes?: (number|null);
                mode?: (string|null);
                paused?: (boolean|null);
                rehearsalDeviceState?: (Uint8Array|null);
                rehearsalHypercall?: (string|null);
                acpi?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Offer.$Properties;
        }

        interface IAccept extends supercloud.migration.Accept.$Properties {
        }

        class Accept {
            constructor(p?: supercloud.migration.Accept.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.migration.Accept.$Shape): supercloud.migration.Accept & supercloud.migration.Accept.$Shape;
            static create(properties?: supercloud.migration.Accept.$Properties): supercloud.migration.Accept;
            static encode(m: supercloud.migration.Accept.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Accept & supercloud.migration.Accept.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Accept;
            static toObject(m: supercloud.migration.Accept, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Accept {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Accept.$Properties;
        }

        interface IRefuse extends supercloud.migration.Refuse.$Properties {
        }

        class Refuse {
            constructor(p?: supercloud.migration.Refuse.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            static create(properties: supercloud.migration.Refuse.$Shape): supercloud.migration.Refuse & supercloud.migration.Refuse.$Shape;
            static create(properties?: supercloud.migration.Refuse.$Properties): supercloud.migration.Refuse;
            static encode(m: supercloud.migration.Refuse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Refuse & supercloud.migration.Refuse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Refuse;
            static toObject(m: supercloud.migration.Refuse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Refuse {
            interface $Properties {
                name?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Refuse.$Properties;
        }

        interface IPages extends supercloud.migration.Pages.$Properties {
        }

        class Pages {
            constructor(p?: supercloud.migration.Pages.$Properties);
            $unknowns?: Uint8Array[];
            indexes: Uint8Array;
            data: Uint8Array;
            static create(properties: supercloud.migration.Pages.$Shape): supercloud.migration.Pages & supercloud.migration.Pages.$Shape;
            static create(properties?: supercloud.migration.Pages.$Properties): supercloud.migration.Pages;
            static encode(m: supercloud.migration.Pages.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Pages & supercloud.migration.Pages.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Pages;
            static toObject(m: supercloud.migration.Pages, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Pages {
            interface $Properties {
                indexes?: (Uint8Array|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Pages.$Properties;
        }

        interface IDeltas extends supercloud.migration.Deltas.$Properties {
        }

        class Deltas {
            constructor(p?: supercloud.migration.Deltas.$Properties);
            $unknowns?: Uint8Array[];
            indexes: Uint8Array;
            ends: Uint8Array;
            data: Uint8Array;
            static create(properties: supercloud.migration.Deltas.$Shape): supercloud.migration.Deltas & supercloud.migration.Deltas.$Shape;
            static create(properties?: supercloud.migration.Deltas.$Properties): supercloud.migration.Deltas;
            static encode(m: supercloud.migration.Deltas.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Deltas & supercloud.migration.Deltas.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Deltas;
            static toObject(m: supercloud.migration.Deltas, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Deltas {
            interface $Properties {
                indexes?: (Uint8Array|null);
                ends?: (Uint8Array|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Deltas.$Properties;
        }

        interface IDevices extends supercloud.migration.Devices.$Properties {
        }

        class Devices {
            constructor(p?: supercloud.migration.Devices.$Properties);
            $unknowns?: Uint8Array[];
            deviceState: Uint8Array;
            hypercall: string;
            guestMac: string;
            handoff?: (supercloud.vm.SignedHandoff.$Properties|null);
            static create(properties: supercloud.migration.Devices.$Shape): supercloud.migration.Devices & supercloud.migration.Devices.$Shape;
            static create(properties?: supercloud.migration.Devices.$Properties): supercloud.migration.Devices;
            static encode(m: supercloud.migration.Devices.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Devices & supercloud.migration.Devices.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Devices;
            static toObject(m: supercloud.migration.Devices, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Devices {
            interface $Properties {
                deviceState?: (Uint8Array|null);
                hypercall?: (string|null);
                guestMac?: (string|null);
                handoff?: (supercloud.vm.SignedHandoff.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Devices.$Properties;
        }

        interface IFinal extends supercloud.migration.Final.$Properties {
        }

        class Final {
            constructor(p?: supercloud.migration.Final.$Properties);
            $unknowns?: Uint8Array[];
            pages?: (supercloud.migration.Pages.$Properties|null);
            run: boolean;
            pausedForMs: number;
            static create(properties: supercloud.migration.Final.$Shape): supercloud.migration.Final & supercloud.migration.Final.$Shape;
            static create(properties?: supercloud.migration.Final.$Properties): supercloud.migration.Final;
            static encode(m: supercloud.migration.Final.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Final & supercloud.migration.Final.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Final;
            static toObject(m: supercloud.migration.Final, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Final {
            interface $Properties {
                pages?: (supercloud.migration.Pages.$Properties|null);
                run?: (boolean|null);
                pausedForMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Final.$Properties;
        }

        interface ICommitted extends supercloud.migration.Committed.$Properties {
        }

        class Committed {
            constructor(p?: supercloud.migration.Committed.$Properties);
            $unknowns?: Uint8Array[];
            receiveToRunMs: number;
            receiveToReplyMs: number;
            static create(properties: supercloud.migration.Committed.$Shape): supercloud.migration.Committed & supercloud.migration.Committed.$Shape;
            static create(properties?: supercloud.migration.Committed.$Properties): supercloud.migration.Committed;
            static encode(m: supercloud.migration.Committed.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Committed & supercloud.migration.Committed.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Committed;
            static toObject(m: supercloud.migration.Committed, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Committed {
            interface $Properties {
                receiveToRunMs?: (number|null);
                receiveToReplyMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Committed.$Properties;
        }

        interface IAborted extends supercloud.migration.Aborted.$Properties {
        }

        class Aborted {
            constructor(p?: supercloud.migration.Aborted.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            static create(properties: supercloud.migration.Aborted.$Shape): supercloud.migration.Aborted & supercloud.migration.Aborted.$Shape;
            static create(properties?: supercloud.migration.Aborted.$Properties): supercloud.migration.Aborted;
            static encode(m: supercloud.migration.Aborted.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Aborted & supercloud.migration.Aborted.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Aborted;
            static toObject(m: supercloud.migration.Aborted, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Aborted {
            interface $Properties {
                name?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Aborted.$Properties;
        }

        interface ISync extends supercloud.migration.Sync.$Properties {
        }

        class Sync {
            constructor(p?: supercloud.migration.Sync.$Properties);
            $unknowns?: Uint8Array[];
            round: number;
            static create(properties: supercloud.migration.Sync.$Shape): supercloud.migration.Sync & supercloud.migration.Sync.$Shape;
            static create(properties?: supercloud.migration.Sync.$Properties): supercloud.migration.Sync;
            static encode(m: supercloud.migration.Sync.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Sync & supercloud.migration.Sync.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Sync;
            static toObject(m: supercloud.migration.Sync, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Sync {
            interface $Properties {
                round?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Sync.$Properties;
        }

        interface IStatusQuery extends supercloud.migration.StatusQuery.$Properties {
        }

        class StatusQuery {
            constructor(p?: supercloud.migration.StatusQuery.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            epoch: number;
            migrationId: string;
            static create(properties: supercloud.migration.StatusQuery.$Shape): supercloud.migration.StatusQuery & supercloud.migration.StatusQuery.$Shape;
            static create(properties?: supercloud.migration.StatusQuery.$Properties): supercloud.migration.StatusQuery;
            static encode(m: supercloud.migration.StatusQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.StatusQuery & supercloud.migration.StatusQuery.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.StatusQuery;
            static toObject(m: supercloud.migration.StatusQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StatusQuery {
            interface $Properties {
                vmId?: (string|null);
                epoch?: (number|null);
                migrationId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.StatusQuery.$Properties;
        }

        interface IStatus extends supercloud.migration.Status.$Properties {
        }

        class Status {
            constructor(p?: supercloud.migration.Status.$Properties);
            $unknowns?: Uint8Array[];
            committed: boolean;
            static create(properties: supercloud.migration.Status.$Shape): supercloud.migration.Status & supercloud.migration.Status.$Shape;
            static create(properties?: supercloud.migration.Status.$Properties): supercloud.migration.Status;
            static encode(m: supercloud.migration.Status.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.Status & supercloud.migration.Status.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.Status;
            static toObject(m: supercloud.migration.Status, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Status {
            interface $Properties {
                committed?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Status.$Properties;
        }

        interface IMigrationMessage extends supercloud.migration.MigrationMessage.$Properties {
        }

        class MigrationMessage {
            constructor(p?: supercloud.migration.MigrationMessage.$Properties);
            $unknowns?: Uint8Array[];
            offer?: (supercloud.migration.Offer.$Properties|null);
            accept?: (supercloud.migration.Accept.$Properties|null);
            refuse?: (supercloud.migration.Refuse.$Properties|null);
            pages?: (supercloud.migration.Pages.$Properties|null);
            final?: (supercloud.migration.Final.$Properties|null);
            committed?: (supercloud.migration.Committed.$Properties|null);
            aborted?: (supercloud.migration.Aborted.$Properties|null);
            statusQuery?: (supercloud.migration.StatusQuery.$Properties|null);
            status?: (supercloud.migration.Status.$Properties|null);
            sync?: (supercloud.migration.Sync.$Properties|null);
            devices?: (supercloud.migration.Devices.$Properties|null);
            deltas?: (supercloud.migration.Deltas.$Properties|null);
            body?: ("offer"|"accept"|"refuse"|"pages"|"final"|"committed"|"aborted"|"statusQuery"|"status"|"sync"|"devices"|"deltas");
            static create(properties: supercloud.migration.MigrationMessage.$Shape): supercloud.migration.MigrationMessage & supercloud.migration.MigrationMessage.$Shape;
            static create(properties?: supercloud.migration.MigrationMessage.$Properties): supercloud.migration.MigrationMessage;
            static encode(m: supercloud.migration.MigrationMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.migration.MigrationMessage & supercloud.migration.MigrationMessage.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.migration.MigrationMessage;
            static toObject(m: supercloud.migration.MigrationMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace MigrationMessage {
            interface $Properties {
                offer?: (supercloud.migration.Offer.$Properties|null);
                accept?: (supercloud.migration.Accept.$Properties|null);
                refuse?: (supercloud.migration.Refuse.$Properties|null);
                pages?: (supercloud.migration.Pages.$Properties|null);
                final?: (supercloud.migration.Final.$Properties|null);
                committed?: (supercloud.migration.Committed.$Properties|null);
                aborted?: (supercloud.migration.Aborted.$Properties|null);
                statusQuery?: (supercloud.migration.StatusQuery.$Properties|null);
                status?: (supercloud.migration.Status.$Properties|null);
                sync?: (supercloud.migration.Sync.$Properties|null);
                devices?: (supercloud.migration.Devices.$Properties|null);
                deltas?: (supercloud.migration.Deltas.$Properties|null);
                body?: ("offer"|"accept"|"refuse"|"pages"|"final"|"committed"|"aborted"|"statusQuery"|"status"|"sync"|"devices"|"deltas");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              offer?: supercloud.migration.Offer.$Shape|null;
              accept?: supercloud.migration.Accept.$Shape|null;
              refuse?: supercloud.migration.Refuse.$Shape|null;
              pages?: supercloud.migration.Pages.$Shape|null;
              final?: supercloud.migration.Final.$Shape|null;
              committed?: supercloud.migration.Committed.$Shape|null;
              aborted?: supercloud.migration.Aborted.$Shape|null;
              statusQuery?: supercloud.migration.StatusQuery.$Shape|null;
              status?: supercloud.migration.Status.$Shape|null;
              sync?: supercloud.migration.Sync.$Shape|null;
              devices?: supercloud.migration.Devices.$Shape|null;
              deltas?: supercloud.migration.Deltas.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "offer"; offer: supercloud.migration.Offer.$Shape; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "accept"; offer?: null; accept: supercloud.migration.Accept.$Shape; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "refuse"; offer?: null; accept?: null; refuse: supercloud.migration.Refuse.$Shape; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "pages"; offer?: null; accept?: null; refuse?: null; pages: supercloud.migration.Pages.$Shape; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "final"; offer?: null; accept?: null; refuse?: null; pages?: null; final: supercloud.migration.Final.$Shape; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "committed"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed: supercloud.migration.Committed.$Shape; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "aborted"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted: supercloud.migration.Aborted.$Shape; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "statusQuery"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery: supercloud.migration.StatusQuery.$Shape; status?: null; sync?: null; devices?: null; deltas?: null }|{ body?: "status"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status: supercloud.migration.Status.$Shape; sync?: null; devices?: null; deltas?: null }|{ body?: "sync"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync: supercloud.migration.Sync.$Shape; devices?: null; deltas?: null }|{ body?: "devices"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices: supercloud.migration.Devices.$Shape; deltas?: null }|{ body?: "deltas"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas: supercloud.migration.Deltas.$Shape })
            );
        }
    }
}
