import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace supercloud {

    namespace membership {

        interface IDescriptor extends supercloud.membership.Descriptor.$Properties {
        }

        class Descriptor {
            constructor(p?: supercloud.membership.Descriptor.$Properties);
            $unknowns?: Uint8Array[];
            peerId: Uint8Array;
            seq: number;
            addrs: Uint8Array[];
            provider: string;
            region: string;
            zone: string;
            cores: number;
            memoryBytes: number;
            load: number;
            vms: number;
            softwareVersion: string;
            protocolVersion: string;
            left: boolean;
            startedAtMs: number;
            heartbeatMs: number;
            inventorySeq: number;
            vmMemoryBytes: number;
            unschedulable: boolean;
            unschedulableReason: string;
            instanceType: string;
            pricing: string;
            priceUsdPerHour: number;
            onDemandUsdPerHour: number;
            noticeDeadlineMs: number;
            incarnation: number;
            static create(properties: supercloud.membership.Descriptor.$Shape): supercloud.membership.Descriptor & supercloud.membership.Descriptor.$Shape;
            static create(properties?: supercloud.membership.Descriptor.$Properties): supercloud.membership.Descriptor;
            static encode(m: supercloud.membership.Descriptor.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Descriptor & supercloud.membership.Descriptor.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Descriptor;
            static toObject(m: supercloud.membership.Descriptor, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Descriptor {
            interface $Properties {
                peerId?: (Uint8Array|null);
                seq?: (number|null);
                addrs?: (Uint8Array[]|null);
                provider?: (string|null);
                region?: (string|null);
                zone?: (string|null);
                cores?: (number|null);
                memoryBytes?: (number|null);
                load?: (number|null);
                vms?: (number|null);
                softwareVersion?: (string|null);
                protocolVersion?: (string|null);
                left?: (boolean|null);
                startedAtMs?: (number|null);
                heartbeatMs?: (number|null);
                inventorySeq?: (number|null);
                vmMemoryBytes?: (number|null);
                unschedulable?: (boolean|null);
                unschedulableReason?: (string|null);
                instanceType?: (string|null);
                pricing?: (string|null);
                priceUsdPerHour?: (number|null);
                onDemandUsdPerHour?: (number|null);
                noticeDeadlineMs?: (number|null);
                incarnation?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Descriptor.$Properties;
        }

        interface ISignedDescriptor extends supercloud.membership.SignedDescriptor.$Properties {
        }

        class SignedDescriptor {
            constructor(p?: supercloud.membership.SignedDescriptor.$Properties);
            $unknowns?: Uint8Array[];
            descriptor: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.membership.SignedDescriptor.$Shape): supercloud.membership.SignedDescriptor & supercloud.membership.SignedDescriptor.$Shape;
            static create(properties?: supercloud.membership.SignedDescriptor.$Properties): supercloud.membership.SignedDescriptor;
            static encode(m: supercloud.membership.SignedDescriptor.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.SignedDescriptor & supercloud.membership.SignedDescriptor.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.SignedDescriptor;
            static toObject(m: supercloud.membership.SignedDescriptor, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedDescriptor {
            interface $Properties {
                descriptor?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.SignedDescriptor.$Properties;
        }

        interface IAdmission extends supercloud.membership.Admission.$Properties {
        }

        class Admission {
            constructor(p?: supercloud.membership.Admission.$Properties);
            $unknowns?: Uint8Array[];
            peerId: Uint8Array;
            admittedBy: Uint8Array;
            tokenId: Uint8Array;
            atMs: number;
            static create(properties: supercloud.membership.Admission.$Shape): supercloud.membership.Admission & supercloud.membership.Admission.$Shape;
            static create(properties?: supercloud.membership.Admission.$Properties): supercloud.membership.Admission;
            static encode(m: supercloud.membership.Admission.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Admission & supercloud.membership.Admission.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Admission;
            static toObject(m: supercloud.membership.Admission, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Admission {
            interface $Properties {
                peerId?: (Uint8Array|null);
                admittedBy?: (Uint8Array|null);
                tokenId?: (Uint8Array|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Admission.$Properties;
        }

        interface ISignedAdmission extends supercloud.membership.SignedAdmission.$Properties {
        }

        class SignedAdmission {
            constructor(p?: supercloud.membership.SignedAdmission.$Properties);
            $unknowns?: Uint8Array[];
            admission: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.membership.SignedAdmission.$Shape): supercloud.membership.SignedAdmission & supercloud.membership.SignedAdmission.$Shape;
            static create(properties?: supercloud.membership.SignedAdmission.$Properties): supercloud.membership.SignedAdmission;
            static encode(m: supercloud.membership.SignedAdmission.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.SignedAdmission & supercloud.membership.SignedAdmission.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.SignedAdmission;
            static toObject(m: supercloud.membership.SignedAdmission, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedAdmission {
            interface $Properties {
                admission?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.SignedAdmission.$Properties;
        }

        interface IJoinToken extends supercloud.membership.JoinToken.$Properties {
        }

        class JoinToken {
            constructor(p?: supercloud.membership.JoinToken.$Properties);
            $unknowns?: Uint8Array[];
            id: Uint8Array;
            issuer: Uint8Array;
            expiresAtMs: number;
            static create(properties: supercloud.membership.JoinToken.$Shape): supercloud.membership.JoinToken & supercloud.membership.JoinToken.$Shape;
            static create(properties?: supercloud.membership.JoinToken.$Properties): supercloud.membership.JoinToken;
            static encode(m: supercloud.membership.JoinToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.JoinToken & supercloud.membership.JoinToken.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.JoinToken;
            static toObject(m: supercloud.membership.JoinToken, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace JoinToken {
            interface $Properties {
                id?: (Uint8Array|null);
                issuer?: (Uint8Array|null);
                expiresAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.JoinToken.$Properties;
        }

        interface ISignedJoinToken extends supercloud.membership.SignedJoinToken.$Properties {
        }

        class SignedJoinToken {
            constructor(p?: supercloud.membership.SignedJoinToken.$Properties);
            $unknowns?: Uint8Array[];
            token: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.membership.SignedJoinToken.$Shape): supercloud.membership.SignedJoinToken & supercloud.membership.SignedJoinToken.$Shape;
            static create(properties?: supercloud.membership.SignedJoinToken.$Properties): supercloud.membership.SignedJoinToken;
            static encode(m: supercloud.membership.SignedJoinToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.SignedJoinToken & supercloud.membership.SignedJoinToken.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.SignedJoinToken;
            static toObject(m: supercloud.membership.SignedJoinToken, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedJoinToken {
            interface $Properties {
                token?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.SignedJoinToken.$Properties;
        }

        interface IUpdate extends supercloud.membership.Update.$Properties {
        }

        class Update {
            constructor(p?: supercloud.membership.Update.$Properties);
            $unknowns?: Uint8Array[];
            peerId: Uint8Array;
            state: supercloud.membership.Update.State;
            incarnation: number;
            seq: number;
            from: Uint8Array;
            static create(properties: supercloud.membership.Update.$Shape): supercloud.membership.Update & supercloud.membership.Update.$Shape;
            static create(properties?: supercloud.membership.Update.$Properties): supercloud.membership.Update;
            static encode(m: supercloud.membership.Update.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Update & supercloud.membership.Update.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Update;
            static toObject(m: supercloud.membership.Update, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Update {
            interface $Properties {
                peerId?: (Uint8Array|null);
                state?: (supercloud.membership.Update.State|null);
                incarnation?: (number|null);
                seq?: (number|null);
                from?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Update.$Properties;

            enum State {
                ALIVE = 0,
                SUSPECT = 1,
                DEAD = 2,
                LEFT = 3
            }
        }

        interface IPing extends supercloud.membership.Ping.$Properties {
        }

        class Ping {
            constructor(p?: supercloud.membership.Ping.$Properties);
            $unknowns?: Uint8Array[];
            gossip: boolean;
            static create(properties: supercloud.membership.Ping.$Shape): supercloud.membership.Ping & supercloud.membership.Ping.$Shape;
            static create(properties?: supercloud.membership.Ping.$Properties): supercloud.membership.Ping;
            static encode(m: supercloud.membership.Ping.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Ping & supercloud.membership.Ping.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Ping;
            static toObject(m: supercloud.membership.Ping, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Ping {
            interface $Properties {
                gossip?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Ping.$Properties;
        }

        interface IPingReq extends supercloud.membership.PingReq.$Properties {
        }

        class PingReq {
            constructor(p?: supercloud.membership.PingReq.$Properties);
            $unknowns?: Uint8Array[];
            target: Uint8Array;
            timeoutMs: number;
            static create(properties: supercloud.membership.PingReq.$Shape): supercloud.membership.PingReq & supercloud.membership.PingReq.$Shape;
            static create(properties?: supercloud.membership.PingReq.$Properties): supercloud.membership.PingReq;
            static encode(m: supercloud.membership.PingReq.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.PingReq & supercloud.membership.PingReq.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.PingReq;
            static toObject(m: supercloud.membership.PingReq, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PingReq {
            interface $Properties {
                target?: (Uint8Array|null);
                timeoutMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.PingReq.$Properties;
        }

        interface IAck extends supercloud.membership.Ack.$Properties {
        }

        class Ack {
            constructor(p?: supercloud.membership.Ack.$Properties);
            $unknowns?: Uint8Array[];
            nack: boolean;
            static create(properties: supercloud.membership.Ack.$Shape): supercloud.membership.Ack & supercloud.membership.Ack.$Shape;
            static create(properties?: supercloud.membership.Ack.$Properties): supercloud.membership.Ack;
            static encode(m: supercloud.membership.Ack.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Ack & supercloud.membership.Ack.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Ack;
            static toObject(m: supercloud.membership.Ack, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Ack {
            interface $Properties {
                nack?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Ack.$Properties;
        }

        interface IPull extends supercloud.membership.Pull.$Properties {
        }

        class Pull {
            constructor(p?: supercloud.membership.Pull.$Properties);
            $unknowns?: Uint8Array[];
            peerIds: Uint8Array[];
            static create(properties: supercloud.membership.Pull.$Shape): supercloud.membership.Pull & supercloud.membership.Pull.$Shape;
            static create(properties?: supercloud.membership.Pull.$Properties): supercloud.membership.Pull;
            static encode(m: supercloud.membership.Pull.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Pull & supercloud.membership.Pull.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Pull;
            static toObject(m: supercloud.membership.Pull, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Pull {
            interface $Properties {
                peerIds?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Pull.$Properties;
        }

        interface IDescriptors extends supercloud.membership.Descriptors.$Properties {
        }

        class Descriptors {
            constructor(p?: supercloud.membership.Descriptors.$Properties);
            $unknowns?: Uint8Array[];
            descriptors: supercloud.membership.SignedDescriptor.$Properties[];
            admissions: supercloud.membership.SignedAdmission.$Properties[];
            static create(properties: supercloud.membership.Descriptors.$Shape): supercloud.membership.Descriptors & supercloud.membership.Descriptors.$Shape;
            static create(properties?: supercloud.membership.Descriptors.$Properties): supercloud.membership.Descriptors;
            static encode(m: supercloud.membership.Descriptors.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Descriptors & supercloud.membership.Descriptors.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Descriptors;
            static toObject(m: supercloud.membership.Descriptors, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Descriptors {
            interface $Properties {
                descriptors?: (supercloud.membership.SignedDescriptor.$Properties[]|null);
                admissions?: (supercloud.membership.SignedAdmission.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Descriptors.$Properties;
        }

        interface ISync extends supercloud.membership.Sync.$Properties {
        }

        class Sync {
            constructor(p?: supercloud.membership.Sync.$Properties);
            $unknowns?: Uint8Array[];
            hash: Uint8Array;
            digest: supercloud.membership.Update.$Properties[];
            wantDigest: boolean;
            static create(properties: supercloud.membership.Sync.$Shape): supercloud.membership.Sync & supercloud.membership.Sync.$Shape;
            static create(properties?: supercloud.membership.Sync.$Properties): supercloud.membership.Sync;
            static encode(m: supercloud.membership.Sync.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Sync & supercloud.membership.Sync.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Sync;
            static toObject(m: supercloud.membership.Sync, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Sync {
            interface $Properties {
                hash?: (Uint8Array|null);
                digest?: (supercloud.membership.Update.$Properties[]|null);
                wantDigest?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Sync.$Properties;
        }

        interface IRequest extends supercloud.membership.Request.$Properties {
        }

        class Request {
            constructor(p?: supercloud.membership.Request.$Properties);
            $unknowns?: Uint8Array[];
            ping?: (supercloud.membership.Ping.$Properties|null);
            pingReq?: (supercloud.membership.PingReq.$Properties|null);
            pull?: (supercloud.membership.Pull.$Properties|null);
            sync?: (supercloud.membership.Sync.$Properties|null);
            table?: (supercloud.membership.TableRequest.$Properties|null);
            updates: supercloud.membership.Update.$Properties[];
            own?: (supercloud.membership.SignedDescriptor.$Properties|null);
            admissions: supercloud.membership.SignedAdmission.$Properties[];
            kind?: ("ping"|"pingReq"|"pull"|"sync"|"table");
            static create(properties: supercloud.membership.Request.$Shape): supercloud.membership.Request & supercloud.membership.Request.$Shape;
            static create(properties?: supercloud.membership.Request.$Properties): supercloud.membership.Request;
            static encode(m: supercloud.membership.Request.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Request & supercloud.membership.Request.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Request;
            static toObject(m: supercloud.membership.Request, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Request {
            interface $Properties {
                ping?: (supercloud.membership.Ping.$Properties|null);
                pingReq?: (supercloud.membership.PingReq.$Properties|null);
                pull?: (supercloud.membership.Pull.$Properties|null);
                sync?: (supercloud.membership.Sync.$Properties|null);
                table?: (supercloud.membership.TableRequest.$Properties|null);
                updates?: (supercloud.membership.Update.$Properties[]|null);
                own?: (supercloud.membership.SignedDescriptor.$Properties|null);
                admissions?: (supercloud.membership.SignedAdmission.$Properties[]|null);
                kind?: ("ping"|"pingReq"|"pull"|"sync"|"table");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              ping?: supercloud.membership.Ping.$Shape|null;
              pingReq?: supercloud.membership.PingReq.$Shape|null;
              pull?: supercloud.membership.Pull.$Shape|null;
              sync?: supercloud.membership.Sync.$Shape|null;
              table?: supercloud.membership.TableRequest.$Shape|null;
              updates?: supercloud.membership.Update.$Shape[]|null;
              own?: supercloud.membership.SignedDescriptor.$Shape|null;
              admissions?: supercloud.membership.SignedAdmission.$Shape[]|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; ping?: null; pingReq?: null; pull?: null; sync?: null; table?: null }|{ kind?: "ping"; ping: supercloud.membership.Ping.$Shape; pingReq?: null; pull?: null; sync?: null; table?: null }|{ kind?: "pingReq"; ping?: null; pingReq: supercloud.membership.PingReq.$Shape; pull?: null; sync?: null; table?: null }|{ kind?: "pull"; ping?: null; pingReq?: null; pull: supercloud.membership.Pull.$Shape; sync?: null; table?: null }|{ kind?: "sync"; ping?: null; pingReq?: null; pull?: null; sync: supercloud.membership.Sync.$Shape; table?: null }|{ kind?: "table"; ping?: null; pingReq?: null; pull?: null; sync?: null; table: supercloud.membership.TableRequest.$Shape })
            );
        }

        interface IResponse extends supercloud.membership.Response.$Properties {
        }

        class Response {
            constructor(p?: supercloud.membership.Response.$Properties);
            $unknowns?: Uint8Array[];
            ack?: (supercloud.membership.Ack.$Properties|null);
            descriptors?: (supercloud.membership.Descriptors.$Properties|null);
            sync?: (supercloud.membership.Sync.$Properties|null);
            table?: (supercloud.membership.TableResponse.$Properties|null);
            updates: supercloud.membership.Update.$Properties[];
            own?: (supercloud.membership.SignedDescriptor.$Properties|null);
            admissions: supercloud.membership.SignedAdmission.$Properties[];
            error: string;
            kind?: ("ack"|"descriptors"|"sync"|"table");
            static create(properties: supercloud.membership.Response.$Shape): supercloud.membership.Response & supercloud.membership.Response.$Shape;
            static create(properties?: supercloud.membership.Response.$Properties): supercloud.membership.Response;
            static encode(m: supercloud.membership.Response.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Response & supercloud.membership.Response.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Response;
            static toObject(m: supercloud.membership.Response, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Response {
            interface $Properties {
                ack?: (supercloud.membership.Ack.$Properties|null);
                descriptors?: (supercloud.membership.Descriptors.$Properties|null);
                sync?: (supercloud.membership.Sync.$Properties|null);
                table?: (supercloud.membership.TableResponse.$Properties|null);
                updates?: (supercloud.membership.Update.$Properties[]|null);
                own?: (supercloud.membership.SignedDescriptor.$Properties|null);
                admissions?: (supercloud.membership.SignedAdmission.$Properties[]|null);
                error?: (string|null);
                kind?: ("ack"|"descriptors"|"sync"|"table");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              ack?: supercloud.membership.Ack.$Shape|null;
              descriptors?: supercloud.membership.Descriptors.$Shape|null;
              sync?: supercloud.membership.Sync.$Shape|null;
              table?: supercloud.membership.TableResponse.$Shape|null;
              updates?: supercloud.membership.Update.$Shape[]|null;
              own?: supercloud.membership.SignedDescriptor.$Shape|null;
              admissions?: supercloud.membership.SignedAdmission.$Shape[]|null;
              error?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; ack?: null; descriptors?: null; sync?: null; table?: null }|{ kind?: "ack"; ack: supercloud.membership.Ack.$Shape; descriptors?: null; sync?: null; table?: null }|{ kind?: "descriptors"; ack?: null; descriptors: supercloud.membership.Descriptors.$Shape; sync?: null; table?: null }|{ kind?: "sync"; ack?: null; descriptors?: null; sync: supercloud.membership.Sync.$Shape; table?: null }|{ kind?: "table"; ack?: null; descriptors?: null; sync?: null; table: supercloud.membership.TableResponse.$Shape })
            );
        }

        interface IEnvelope extends supercloud.membership.Envelope.$Properties {
        }

        class Envelope {
            constructor(p?: supercloud.membership.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            request?: (supercloud.membership.Request.$Properties|null);
            response?: (supercloud.membership.Response.$Properties|null);
            static create(properties: supercloud.membership.Envelope.$Shape): supercloud.membership.Envelope & supercloud.membership.Envelope.$Shape;
            static create(properties?: supercloud.membership.Envelope.$Properties): supercloud.membership.Envelope;
            static encode(m: supercloud.membership.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Envelope & supercloud.membership.Envelope.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Envelope;
            static toObject(m: supercloud.membership.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Envelope {
            interface $Properties {
                id?: (number|null);
                request?: (supercloud.membership.Request.$Properties|null);
                response?: (supercloud.membership.Response.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: number|null;
              request?: supercloud.membership.Request.$Shape|null;
              response?: supercloud.membership.Response.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ITableRequest extends supercloud.membership.TableRequest.$Properties {
        }

        class TableRequest {
            constructor(p?: supercloud.membership.TableRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.membership.TableRequest.$Shape): supercloud.membership.TableRequest & supercloud.membership.TableRequest.$Shape;
            static create(properties?: supercloud.membership.TableRequest.$Properties): supercloud.membership.TableRequest;
            static encode(m: supercloud.membership.TableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.TableRequest & supercloud.membership.TableRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.TableRequest;
            static toObject(m: supercloud.membership.TableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TableRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.TableRequest.$Properties;
        }

        interface ITableResponse extends supercloud.membership.TableResponse.$Properties {
        }

        class TableResponse {
            constructor(p?: supercloud.membership.TableResponse.$Properties);
            $unknowns?: Uint8Array[];
            descriptors: supercloud.membership.SignedDescriptor.$Properties[];
            admissions: supercloud.membership.SignedAdmission.$Properties[];
            founders: Uint8Array[];
            error: string;
            states: supercloud.membership.Update.$Properties[];
            static create(properties: supercloud.membership.TableResponse.$Shape): supercloud.membership.TableResponse & supercloud.membership.TableResponse.$Shape;
            static create(properties?: supercloud.membership.TableResponse.$Properties): supercloud.membership.TableResponse;
            static encode(m: supercloud.membership.TableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.TableResponse & supercloud.membership.TableResponse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.TableResponse;
            static toObject(m: supercloud.membership.TableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TableResponse {
            interface $Properties {
                descriptors?: (supercloud.membership.SignedDescriptor.$Properties[]|null);
                admissions?: (supercloud.membership.SignedAdmission.$Properties[]|null);
                founders?: (Uint8Array[]|null);
                error?: (string|null);
                states?: (supercloud.membership.Update.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.TableResponse.$Properties;
        }

        interface IJoinRequest extends supercloud.membership.JoinRequest.$Properties {
        }

        class JoinRequest {
            constructor(p?: supercloud.membership.JoinRequest.$Properties);
            $unknowns?: Uint8Array[];
            token: string;
            static create(properties: supercloud.membership.JoinRequest.$Shape): supercloud.membership.JoinRequest & supercloud.membership.JoinRequest.$Shape;
            static create(properties?: supercloud.membership.JoinRequest.$Properties): supercloud.membership.JoinRequest;
            static encode(m: supercloud.membership.JoinRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.JoinRequest & supercloud.membership.JoinRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.JoinRequest;
            static toObject(m: supercloud.membership.JoinRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace JoinRequest {
            interface $Properties {
                token?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.JoinRequest.$Properties;
        }

        interface IJoinResponse extends supercloud.membership.JoinResponse.$Properties {
        }

        class JoinResponse {
            constructor(p?: supercloud.membership.JoinResponse.$Properties);
            $unknowns?: Uint8Array[];
            error: string;
            admission?: (supercloud.membership.SignedAdmission.$Properties|null);
            table?: (supercloud.membership.TableResponse.$Properties|null);
            static create(properties: supercloud.membership.JoinResponse.$Shape): supercloud.membership.JoinResponse & supercloud.membership.JoinResponse.$Shape;
            static create(properties?: supercloud.membership.JoinResponse.$Properties): supercloud.membership.JoinResponse;
            static encode(m: supercloud.membership.JoinResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.JoinResponse & supercloud.membership.JoinResponse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.JoinResponse;
            static toObject(m: supercloud.membership.JoinResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace JoinResponse {
            interface $Properties {
                error?: (string|null);
                admission?: (supercloud.membership.SignedAdmission.$Properties|null);
                table?: (supercloud.membership.TableResponse.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.JoinResponse.$Properties;
        }
    }
}
