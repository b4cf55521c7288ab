import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace supercloud {

    namespace control {

        interface IStatusRequest extends supercloud.control.StatusRequest.$Properties {
        }

        class StatusRequest {
            constructor(properties?: supercloud.control.StatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.control.StatusRequest.$Shape): supercloud.control.StatusRequest & supercloud.control.StatusRequest.$Shape;
            static create(properties?: supercloud.control.StatusRequest.$Properties): supercloud.control.StatusRequest;
            static encode(message: supercloud.control.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.control.StatusRequest & supercloud.control.StatusRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.control.StatusRequest;
            static toObject(message: supercloud.control.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StatusRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.control.StatusRequest.$Properties;
        }

        interface IStatusResponse extends supercloud.control.StatusResponse.$Properties {
        }

        class StatusResponse {
            constructor(properties?: supercloud.control.StatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            provider: string;
            region: string;
            zone: string;
            version: string;
            protocolVersion: string;
            uptimeMs: number;
            static create(properties: supercloud.control.StatusResponse.$Shape): supercloud.control.StatusResponse & supercloud.control.StatusResponse.$Shape;
            static create(properties?: supercloud.control.StatusResponse.$Properties): supercloud.control.StatusResponse;
            static encode(message: supercloud.control.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.control.StatusResponse & supercloud.control.StatusResponse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.control.StatusResponse;
            static toObject(message: supercloud.control.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StatusResponse {
            interface $Properties {
                id?: (string|null);
                provider?: (string|null);
                region?: (string|null);
                zone?: (string|null);
                version?: (string|null);
                protocolVersion?: (string|null);
                uptimeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.control.StatusResponse.$Properties;
        }

        interface IControlRequest extends supercloud.control.ControlRequest.$Properties {
        }

        class ControlRequest {
            constructor(properties?: supercloud.control.ControlRequest.$Properties);
            $unknowns?: Uint8Array[];
            status?: (supercloud.control.StatusRequest.$Properties|null);
            op?: "status";
            static create(properties: supercloud.control.ControlRequest.$Shape): supercloud.control.ControlRequest & supercloud.control.ControlRequest.$Shape;
            static create(properties?: supercloud.control.ControlRequest.$Properties): supercloud.control.ControlRequest;
            static encode(message: supercloud.control.ControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.control.ControlRequest & supercloud.control.ControlRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.control.ControlRequest;
            static toObject(message: supercloud.control.ControlRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ControlRequest {
            interface $Properties {
                status?: (supercloud.control.StatusRequest.$Properties|null);
                op?: "status";
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              status?: supercloud.control.StatusRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; status?: null }|{ op?: "status"; status: supercloud.control.StatusRequest.$Shape })
            );
        }

        interface IControlError extends supercloud.control.ControlError.$Properties {
        }

        class ControlError {
            constructor(properties?: supercloud.control.ControlError.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            status: number;
            static create(properties: supercloud.control.ControlError.$Shape): supercloud.control.ControlError & supercloud.control.ControlError.$Shape;
            static create(properties?: supercloud.control.ControlError.$Properties): supercloud.control.ControlError;
            static encode(message: supercloud.control.ControlError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.control.ControlError & supercloud.control.ControlError.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.control.ControlError;
            static toObject(message: supercloud.control.ControlError, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ControlError {
            interface $Properties {
                name?: (string|null);
                message?: (string|null);
                status?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.control.ControlError.$Properties;
        }

        interface IControlResponse extends supercloud.control.ControlResponse.$Properties {
        }

        class ControlResponse {
            constructor(properties?: supercloud.control.ControlResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.control.ControlError.$Properties|null);
            status?: (supercloud.control.StatusResponse.$Properties|null);
            result?: ("error"|"status");
            static create(properties: supercloud.control.ControlResponse.$Shape): supercloud.control.ControlResponse & supercloud.control.ControlResponse.$Shape;
            static create(properties?: supercloud.control.ControlResponse.$Properties): supercloud.control.ControlResponse;
            static encode(message: supercloud.control.ControlResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.control.ControlResponse & supercloud.control.ControlResponse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.control.ControlResponse;
            static toObject(message: supercloud.control.ControlResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ControlResponse {
            interface $Properties {
                error?: (supercloud.control.ControlError.$Properties|null);
                status?: (supercloud.control.StatusResponse.$Properties|null);
                result?: ("error"|"status");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              error?: supercloud.control.ControlError.$Shape|null;
              status?: supercloud.control.StatusResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; error?: null; status?: null }|{ result?: "error"; error: supercloud.control.ControlError.$Shape; status?: null }|{ result?: "status"; error?: null; status: supercloud.control.StatusResponse.$Shape })
            );
        }
    }

    namespace membership {

        interface IDescriptor extends supercloud.membership.Descriptor.$Properties {
        }

        class Descriptor {
            constructor(properties?: supercloud.membership.Descriptor.$Properties);
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
            diskBytes: number;
            vmDiskBytes: number;
            static create(properties: supercloud.membership.Descriptor.$Shape): supercloud.membership.Descriptor & supercloud.membership.Descriptor.$Shape;
            static create(properties?: supercloud.membership.Descriptor.$Properties): supercloud.membership.Descriptor;
            static encode(message: supercloud.membership.Descriptor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Descriptor & supercloud.membership.Descriptor.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Descriptor;
            static toObject(message: supercloud.membership.Descriptor, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                diskBytes?: (number|null);
                vmDiskBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.membership.Descriptor.$Properties;
        }

        interface ISignedDescriptor extends supercloud.membership.SignedDescriptor.$Properties {
        }

        class SignedDescriptor {
            constructor(properties?: supercloud.membership.SignedDescriptor.$Properties);
            $unknowns?: Uint8Array[];
            descriptor: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.membership.SignedDescriptor.$Shape): supercloud.membership.SignedDescriptor & supercloud.membership.SignedDescriptor.$Shape;
            static create(properties?: supercloud.membership.SignedDescriptor.$Properties): supercloud.membership.SignedDescriptor;
            static encode(message: supercloud.membership.SignedDescriptor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.SignedDescriptor & supercloud.membership.SignedDescriptor.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.SignedDescriptor;
            static toObject(message: supercloud.membership.SignedDescriptor, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Admission.$Properties);
            $unknowns?: Uint8Array[];
            peerId: Uint8Array;
            admittedBy: Uint8Array;
            tokenId: Uint8Array;
            atMs: number;
            static create(properties: supercloud.membership.Admission.$Shape): supercloud.membership.Admission & supercloud.membership.Admission.$Shape;
            static create(properties?: supercloud.membership.Admission.$Properties): supercloud.membership.Admission;
            static encode(message: supercloud.membership.Admission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Admission & supercloud.membership.Admission.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Admission;
            static toObject(message: supercloud.membership.Admission, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.SignedAdmission.$Properties);
            $unknowns?: Uint8Array[];
            admission: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.membership.SignedAdmission.$Shape): supercloud.membership.SignedAdmission & supercloud.membership.SignedAdmission.$Shape;
            static create(properties?: supercloud.membership.SignedAdmission.$Properties): supercloud.membership.SignedAdmission;
            static encode(message: supercloud.membership.SignedAdmission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.SignedAdmission & supercloud.membership.SignedAdmission.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.SignedAdmission;
            static toObject(message: supercloud.membership.SignedAdmission, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.JoinToken.$Properties);
            $unknowns?: Uint8Array[];
            id: Uint8Array;
            issuer: Uint8Array;
            expiresAtMs: number;
            static create(properties: supercloud.membership.JoinToken.$Shape): supercloud.membership.JoinToken & supercloud.membership.JoinToken.$Shape;
            static create(properties?: supercloud.membership.JoinToken.$Properties): supercloud.membership.JoinToken;
            static encode(message: supercloud.membership.JoinToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.JoinToken & supercloud.membership.JoinToken.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.JoinToken;
            static toObject(message: supercloud.membership.JoinToken, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.SignedJoinToken.$Properties);
            $unknowns?: Uint8Array[];
            token: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.membership.SignedJoinToken.$Shape): supercloud.membership.SignedJoinToken & supercloud.membership.SignedJoinToken.$Shape;
            static create(properties?: supercloud.membership.SignedJoinToken.$Properties): supercloud.membership.SignedJoinToken;
            static encode(message: supercloud.membership.SignedJoinToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.SignedJoinToken & supercloud.membership.SignedJoinToken.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.SignedJoinToken;
            static toObject(message: supercloud.membership.SignedJoinToken, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Update.$Properties);
            $unknowns?: Uint8Array[];
            peerId: Uint8Array;
            state: supercloud.membership.Update.State;
            incarnation: number;
            seq: number;
            from: Uint8Array;
            static create(properties: supercloud.membership.Update.$Shape): supercloud.membership.Update & supercloud.membership.Update.$Shape;
            static create(properties?: supercloud.membership.Update.$Properties): supercloud.membership.Update;
            static encode(message: supercloud.membership.Update.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Update & supercloud.membership.Update.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Update;
            static toObject(message: supercloud.membership.Update, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Ping.$Properties);
            $unknowns?: Uint8Array[];
            gossip: boolean;
            static create(properties: supercloud.membership.Ping.$Shape): supercloud.membership.Ping & supercloud.membership.Ping.$Shape;
            static create(properties?: supercloud.membership.Ping.$Properties): supercloud.membership.Ping;
            static encode(message: supercloud.membership.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Ping & supercloud.membership.Ping.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Ping;
            static toObject(message: supercloud.membership.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.PingReq.$Properties);
            $unknowns?: Uint8Array[];
            target: Uint8Array;
            timeoutMs: number;
            static create(properties: supercloud.membership.PingReq.$Shape): supercloud.membership.PingReq & supercloud.membership.PingReq.$Shape;
            static create(properties?: supercloud.membership.PingReq.$Properties): supercloud.membership.PingReq;
            static encode(message: supercloud.membership.PingReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.PingReq & supercloud.membership.PingReq.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.PingReq;
            static toObject(message: supercloud.membership.PingReq, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Ack.$Properties);
            $unknowns?: Uint8Array[];
            nack: boolean;
            static create(properties: supercloud.membership.Ack.$Shape): supercloud.membership.Ack & supercloud.membership.Ack.$Shape;
            static create(properties?: supercloud.membership.Ack.$Properties): supercloud.membership.Ack;
            static encode(message: supercloud.membership.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Ack & supercloud.membership.Ack.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Ack;
            static toObject(message: supercloud.membership.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Pull.$Properties);
            $unknowns?: Uint8Array[];
            peerIds: Uint8Array[];
            static create(properties: supercloud.membership.Pull.$Shape): supercloud.membership.Pull & supercloud.membership.Pull.$Shape;
            static create(properties?: supercloud.membership.Pull.$Properties): supercloud.membership.Pull;
            static encode(message: supercloud.membership.Pull.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Pull & supercloud.membership.Pull.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Pull;
            static toObject(message: supercloud.membership.Pull, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Descriptors.$Properties);
            $unknowns?: Uint8Array[];
            descriptors: supercloud.membership.SignedDescriptor.$Properties[];
            admissions: supercloud.membership.SignedAdmission.$Properties[];
            static create(properties: supercloud.membership.Descriptors.$Shape): supercloud.membership.Descriptors & supercloud.membership.Descriptors.$Shape;
            static create(properties?: supercloud.membership.Descriptors.$Properties): supercloud.membership.Descriptors;
            static encode(message: supercloud.membership.Descriptors.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Descriptors & supercloud.membership.Descriptors.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Descriptors;
            static toObject(message: supercloud.membership.Descriptors, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Sync.$Properties);
            $unknowns?: Uint8Array[];
            hash: Uint8Array;
            digest: supercloud.membership.Update.$Properties[];
            wantDigest: boolean;
            static create(properties: supercloud.membership.Sync.$Shape): supercloud.membership.Sync & supercloud.membership.Sync.$Shape;
            static create(properties?: supercloud.membership.Sync.$Properties): supercloud.membership.Sync;
            static encode(message: supercloud.membership.Sync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Sync & supercloud.membership.Sync.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Sync;
            static toObject(message: supercloud.membership.Sync, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Request.$Properties);
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
            static encode(message: supercloud.membership.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Request & supercloud.membership.Request.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Request;
            static toObject(message: supercloud.membership.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Response.$Properties);
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
            static encode(message: supercloud.membership.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Response & supercloud.membership.Response.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Response;
            static toObject(message: supercloud.membership.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            request?: (supercloud.membership.Request.$Properties|null);
            response?: (supercloud.membership.Response.$Properties|null);
            static create(properties: supercloud.membership.Envelope.$Shape): supercloud.membership.Envelope & supercloud.membership.Envelope.$Shape;
            static create(properties?: supercloud.membership.Envelope.$Properties): supercloud.membership.Envelope;
            static encode(message: supercloud.membership.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.Envelope & supercloud.membership.Envelope.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.Envelope;
            static toObject(message: supercloud.membership.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.TableRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.membership.TableRequest.$Shape): supercloud.membership.TableRequest & supercloud.membership.TableRequest.$Shape;
            static create(properties?: supercloud.membership.TableRequest.$Properties): supercloud.membership.TableRequest;
            static encode(message: supercloud.membership.TableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.TableRequest & supercloud.membership.TableRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.TableRequest;
            static toObject(message: supercloud.membership.TableRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.TableResponse.$Properties);
            $unknowns?: Uint8Array[];
            descriptors: supercloud.membership.SignedDescriptor.$Properties[];
            admissions: supercloud.membership.SignedAdmission.$Properties[];
            founders: Uint8Array[];
            error: string;
            states: supercloud.membership.Update.$Properties[];
            static create(properties: supercloud.membership.TableResponse.$Shape): supercloud.membership.TableResponse & supercloud.membership.TableResponse.$Shape;
            static create(properties?: supercloud.membership.TableResponse.$Properties): supercloud.membership.TableResponse;
            static encode(message: supercloud.membership.TableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.TableResponse & supercloud.membership.TableResponse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.TableResponse;
            static toObject(message: supercloud.membership.TableResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.JoinRequest.$Properties);
            $unknowns?: Uint8Array[];
            token: string;
            static create(properties: supercloud.membership.JoinRequest.$Shape): supercloud.membership.JoinRequest & supercloud.membership.JoinRequest.$Shape;
            static create(properties?: supercloud.membership.JoinRequest.$Properties): supercloud.membership.JoinRequest;
            static encode(message: supercloud.membership.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.JoinRequest & supercloud.membership.JoinRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.JoinRequest;
            static toObject(message: supercloud.membership.JoinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.membership.JoinResponse.$Properties);
            $unknowns?: Uint8Array[];
            error: string;
            admission?: (supercloud.membership.SignedAdmission.$Properties|null);
            table?: (supercloud.membership.TableResponse.$Properties|null);
            static create(properties: supercloud.membership.JoinResponse.$Shape): supercloud.membership.JoinResponse & supercloud.membership.JoinResponse.$Shape;
            static create(properties?: supercloud.membership.JoinResponse.$Properties): supercloud.membership.JoinResponse;
            static encode(message: supercloud.membership.JoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.membership.JoinResponse & supercloud.membership.JoinResponse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.membership.JoinResponse;
            static toObject(message: supercloud.membership.JoinResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
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

    namespace migration {

        interface IOffer extends supercloud.migration.Offer.$Properties {
        }

        class Offer {
            constructor(properties?: supercloud.migration.Offer.$Properties);
            $unknowns?: Uint8Array[];
            migrationId: string;
            record?: (supercloud.vm.VmRecord.$Properties|null);
            vgaMemoryBytes: number;
            mode: string;
            paused: boolean;
            rehearsalDeviceState: Uint8Array;
            rehearsalHypercall: string;
            acpi: boolean;
            disks: supercloud.migration.DiskOffer.$Properties[];
            protection?: (supercloud.migration.Protection.$Properties|null);
            lane?: (supercloud.migration.Lane.$Properties|null);
            static create(properties: supercloud.migration.Offer.$Shape): supercloud.migration.Offer & supercloud.migration.Offer.$Shape;
            static create(properties?: supercloud.migration.Offer.$Properties): supercloud.migration.Offer;
            static encode(message: supercloud.migration.Offer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Offer & supercloud.migration.Offer.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Offer;
            static toObject(message: supercloud.migration.Offer, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                disks?: (supercloud.migration.DiskOffer.$Properties[]|null);
                protection?: (supercloud.migration.Protection.$Properties|null);
                lane?: (supercloud.migration.Lane.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Offer.$Properties;
        }

        interface ILane extends supercloud.migration.Lane.$Properties {
        }

        class Lane {
            constructor(properties?: supercloud.migration.Lane.$Properties);
            $unknowns?: Uint8Array[];
            id: Uint8Array;
            key: Uint8Array;
            static create(properties: supercloud.migration.Lane.$Shape): supercloud.migration.Lane & supercloud.migration.Lane.$Shape;
            static create(properties?: supercloud.migration.Lane.$Properties): supercloud.migration.Lane;
            static encode(message: supercloud.migration.Lane.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Lane & supercloud.migration.Lane.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Lane;
            static toObject(message: supercloud.migration.Lane, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Lane {
            interface $Properties {
                id?: (Uint8Array|null);
                key?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Lane.$Properties;
        }

        interface IProtection extends supercloud.migration.Protection.$Properties {
        }

        class Protection {
            constructor(properties?: supercloud.migration.Protection.$Properties);
            $unknowns?: Uint8Array[];
            standby: Uint8Array;
            intervalMs: number;
            static create(properties: supercloud.migration.Protection.$Shape): supercloud.migration.Protection & supercloud.migration.Protection.$Shape;
            static create(properties?: supercloud.migration.Protection.$Properties): supercloud.migration.Protection;
            static encode(message: supercloud.migration.Protection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Protection & supercloud.migration.Protection.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Protection;
            static toObject(message: supercloud.migration.Protection, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Protection {
            interface $Properties {
                standby?: (Uint8Array|null);
                intervalMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Protection.$Properties;
        }

        interface IDiskOffer extends supercloud.migration.DiskOffer.$Properties {
        }

        class DiskOffer {
            constructor(properties?: supercloud.migration.DiskOffer.$Properties);
            $unknowns?: Uint8Array[];
            record?: (supercloud.vm.DiskRecord.$Properties|null);
            blockBytes: number;
            static create(properties: supercloud.migration.DiskOffer.$Shape): supercloud.migration.DiskOffer & supercloud.migration.DiskOffer.$Shape;
            static create(properties?: supercloud.migration.DiskOffer.$Properties): supercloud.migration.DiskOffer;
            static encode(message: supercloud.migration.DiskOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.DiskOffer & supercloud.migration.DiskOffer.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.DiskOffer;
            static toObject(message: supercloud.migration.DiskOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DiskOffer {
            interface $Properties {
                record?: (supercloud.vm.DiskRecord.$Properties|null);
                blockBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.DiskOffer.$Properties;
        }

        interface IBlocks extends supercloud.migration.Blocks.$Properties {
        }

        class Blocks {
            constructor(properties?: supercloud.migration.Blocks.$Properties);
            $unknowns?: Uint8Array[];
            disk: number;
            indexes: Uint8Array;
            data: Uint8Array;
            static create(properties: supercloud.migration.Blocks.$Shape): supercloud.migration.Blocks & supercloud.migration.Blocks.$Shape;
            static create(properties?: supercloud.migration.Blocks.$Properties): supercloud.migration.Blocks;
            static encode(message: supercloud.migration.Blocks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Blocks & supercloud.migration.Blocks.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Blocks;
            static toObject(message: supercloud.migration.Blocks, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Blocks {
            interface $Properties {
                disk?: (number|null);
                indexes?: (Uint8Array|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Blocks.$Properties;
        }

        interface IAccept extends supercloud.migration.Accept.$Properties {
        }

        class Accept {
            constructor(properties?: supercloud.migration.Accept.$Properties);
            $unknowns?: Uint8Array[];
            standbyGrant?: (supercloud.vm.SignedHandoff.$Properties|null);
            lanePort: number;
            static create(properties: supercloud.migration.Accept.$Shape): supercloud.migration.Accept & supercloud.migration.Accept.$Shape;
            static create(properties?: supercloud.migration.Accept.$Properties): supercloud.migration.Accept;
            static encode(message: supercloud.migration.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Accept & supercloud.migration.Accept.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Accept;
            static toObject(message: supercloud.migration.Accept, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Accept {
            interface $Properties {
                standbyGrant?: (supercloud.vm.SignedHandoff.$Properties|null);
                lanePort?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Accept.$Properties;
        }

        interface IRefuse extends supercloud.migration.Refuse.$Properties {
        }

        class Refuse {
            constructor(properties?: supercloud.migration.Refuse.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            static create(properties: supercloud.migration.Refuse.$Shape): supercloud.migration.Refuse & supercloud.migration.Refuse.$Shape;
            static create(properties?: supercloud.migration.Refuse.$Properties): supercloud.migration.Refuse;
            static encode(message: supercloud.migration.Refuse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Refuse & supercloud.migration.Refuse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Refuse;
            static toObject(message: supercloud.migration.Refuse, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.migration.Pages.$Properties);
            $unknowns?: Uint8Array[];
            indexes: Uint8Array;
            data: Uint8Array;
            static create(properties: supercloud.migration.Pages.$Shape): supercloud.migration.Pages & supercloud.migration.Pages.$Shape;
            static create(properties?: supercloud.migration.Pages.$Properties): supercloud.migration.Pages;
            static encode(message: supercloud.migration.Pages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Pages & supercloud.migration.Pages.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Pages;
            static toObject(message: supercloud.migration.Pages, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.migration.Deltas.$Properties);
            $unknowns?: Uint8Array[];
            indexes: Uint8Array;
            ends: Uint8Array;
            data: Uint8Array;
            static create(properties: supercloud.migration.Deltas.$Shape): supercloud.migration.Deltas & supercloud.migration.Deltas.$Shape;
            static create(properties?: supercloud.migration.Deltas.$Properties): supercloud.migration.Deltas;
            static encode(message: supercloud.migration.Deltas.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Deltas & supercloud.migration.Deltas.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Deltas;
            static toObject(message: supercloud.migration.Deltas, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.migration.Devices.$Properties);
            $unknowns?: Uint8Array[];
            deviceState: Uint8Array;
            hypercall: string;
            guestMac: string;
            handoff?: (supercloud.vm.SignedHandoff.$Properties|null);
            console: Uint8Array;
            static create(properties: supercloud.migration.Devices.$Shape): supercloud.migration.Devices & supercloud.migration.Devices.$Shape;
            static create(properties?: supercloud.migration.Devices.$Properties): supercloud.migration.Devices;
            static encode(message: supercloud.migration.Devices.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Devices & supercloud.migration.Devices.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Devices;
            static toObject(message: supercloud.migration.Devices, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Devices {
            interface $Properties {
                deviceState?: (Uint8Array|null);
                hypercall?: (string|null);
                guestMac?: (string|null);
                handoff?: (supercloud.vm.SignedHandoff.$Properties|null);
                console?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Devices.$Properties;
        }

        interface IFinal extends supercloud.migration.Final.$Properties {
        }

        class Final {
            constructor(properties?: supercloud.migration.Final.$Properties);
            $unknowns?: Uint8Array[];
            pages?: (supercloud.migration.Pages.$Properties|null);
            run: boolean;
            pausedForMs: number;
            static create(properties: supercloud.migration.Final.$Shape): supercloud.migration.Final & supercloud.migration.Final.$Shape;
            static create(properties?: supercloud.migration.Final.$Properties): supercloud.migration.Final;
            static encode(message: supercloud.migration.Final.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Final & supercloud.migration.Final.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Final;
            static toObject(message: supercloud.migration.Final, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.migration.Committed.$Properties);
            $unknowns?: Uint8Array[];
            receiveToRunMs: number;
            receiveToReplyMs: number;
            static create(properties: supercloud.migration.Committed.$Shape): supercloud.migration.Committed & supercloud.migration.Committed.$Shape;
            static create(properties?: supercloud.migration.Committed.$Properties): supercloud.migration.Committed;
            static encode(message: supercloud.migration.Committed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Committed & supercloud.migration.Committed.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Committed;
            static toObject(message: supercloud.migration.Committed, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.migration.Aborted.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            static create(properties: supercloud.migration.Aborted.$Shape): supercloud.migration.Aborted & supercloud.migration.Aborted.$Shape;
            static create(properties?: supercloud.migration.Aborted.$Properties): supercloud.migration.Aborted;
            static encode(message: supercloud.migration.Aborted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Aborted & supercloud.migration.Aborted.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Aborted;
            static toObject(message: supercloud.migration.Aborted, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.migration.Sync.$Properties);
            $unknowns?: Uint8Array[];
            round: number;
            lane: boolean;
            static create(properties: supercloud.migration.Sync.$Shape): supercloud.migration.Sync & supercloud.migration.Sync.$Shape;
            static create(properties?: supercloud.migration.Sync.$Properties): supercloud.migration.Sync;
            static encode(message: supercloud.migration.Sync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Sync & supercloud.migration.Sync.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Sync;
            static toObject(message: supercloud.migration.Sync, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Sync {
            interface $Properties {
                round?: (number|null);
                lane?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.migration.Sync.$Properties;
        }

        interface IStatusQuery extends supercloud.migration.StatusQuery.$Properties {
        }

        class StatusQuery {
            constructor(properties?: supercloud.migration.StatusQuery.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            epoch: number;
            migrationId: string;
            static create(properties: supercloud.migration.StatusQuery.$Shape): supercloud.migration.StatusQuery & supercloud.migration.StatusQuery.$Shape;
            static create(properties?: supercloud.migration.StatusQuery.$Properties): supercloud.migration.StatusQuery;
            static encode(message: supercloud.migration.StatusQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.StatusQuery & supercloud.migration.StatusQuery.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.StatusQuery;
            static toObject(message: supercloud.migration.StatusQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.migration.Status.$Properties);
            $unknowns?: Uint8Array[];
            committed: boolean;
            static create(properties: supercloud.migration.Status.$Shape): supercloud.migration.Status & supercloud.migration.Status.$Shape;
            static create(properties?: supercloud.migration.Status.$Properties): supercloud.migration.Status;
            static encode(message: supercloud.migration.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.Status & supercloud.migration.Status.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.Status;
            static toObject(message: supercloud.migration.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.migration.MigrationMessage.$Properties);
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
            blocks?: (supercloud.migration.Blocks.$Properties|null);
            body?: ("offer"|"accept"|"refuse"|"pages"|"final"|"committed"|"aborted"|"statusQuery"|"status"|"sync"|"devices"|"deltas"|"blocks");
            static create(properties: supercloud.migration.MigrationMessage.$Shape): supercloud.migration.MigrationMessage & supercloud.migration.MigrationMessage.$Shape;
            static create(properties?: supercloud.migration.MigrationMessage.$Properties): supercloud.migration.MigrationMessage;
            static encode(message: supercloud.migration.MigrationMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.migration.MigrationMessage & supercloud.migration.MigrationMessage.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.migration.MigrationMessage;
            static toObject(message: supercloud.migration.MigrationMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                blocks?: (supercloud.migration.Blocks.$Properties|null);
                body?: ("offer"|"accept"|"refuse"|"pages"|"final"|"committed"|"aborted"|"statusQuery"|"status"|"sync"|"devices"|"deltas"|"blocks");
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
              blocks?: supercloud.migration.Blocks.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "offer"; offer: supercloud.migration.Offer.$Shape; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "accept"; offer?: null; accept: supercloud.migration.Accept.$Shape; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "refuse"; offer?: null; accept?: null; refuse: supercloud.migration.Refuse.$Shape; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "pages"; offer?: null; accept?: null; refuse?: null; pages: supercloud.migration.Pages.$Shape; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "final"; offer?: null; accept?: null; refuse?: null; pages?: null; final: supercloud.migration.Final.$Shape; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "committed"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed: supercloud.migration.Committed.$Shape; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "aborted"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted: supercloud.migration.Aborted.$Shape; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "statusQuery"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery: supercloud.migration.StatusQuery.$Shape; status?: null; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "status"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status: supercloud.migration.Status.$Shape; sync?: null; devices?: null; deltas?: null; blocks?: null }|{ body?: "sync"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync: supercloud.migration.Sync.$Shape; devices?: null; deltas?: null; blocks?: null }|{ body?: "devices"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices: supercloud.migration.Devices.$Shape; deltas?: null; blocks?: null }|{ body?: "deltas"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas: supercloud.migration.Deltas.$Shape; blocks?: null }|{ body?: "blocks"; offer?: null; accept?: null; refuse?: null; pages?: null; final?: null; committed?: null; aborted?: null; statusQuery?: null; status?: null; sync?: null; devices?: null; deltas?: null; blocks: supercloud.migration.Blocks.$Shape })
            );
        }
    }

    namespace vm {

        interface ITinyOptions extends supercloud.vm.TinyOptions.$Properties {
        }

        class TinyOptions {
            constructor(properties?: supercloud.vm.TinyOptions.$Properties);
            $unknowns?: Uint8Array[];
            busy: boolean;
            dirtyPagesPerSec: number;
            dirtyPercent: number;
            fillRam: boolean;
            static create(properties: supercloud.vm.TinyOptions.$Shape): supercloud.vm.TinyOptions & supercloud.vm.TinyOptions.$Shape;
            static create(properties?: supercloud.vm.TinyOptions.$Properties): supercloud.vm.TinyOptions;
            static encode(message: supercloud.vm.TinyOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.TinyOptions & supercloud.vm.TinyOptions.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.TinyOptions;
            static toObject(message: supercloud.vm.TinyOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmNet.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            ip: string;
            static create(properties: supercloud.vm.VmNet.$Shape): supercloud.vm.VmNet & supercloud.vm.VmNet.$Shape;
            static create(properties?: supercloud.vm.VmNet.$Properties): supercloud.vm.VmNet;
            static encode(message: supercloud.vm.VmNet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmNet & supercloud.vm.VmNet.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmNet;
            static toObject(message: supercloud.vm.VmNet, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmSpec.$Properties);
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
            disks: string[];
            protection?: (supercloud.vm.VmProtection.$Properties|null);
            static create(properties: supercloud.vm.VmSpec.$Shape): supercloud.vm.VmSpec & supercloud.vm.VmSpec.$Shape;
            static create(properties?: supercloud.vm.VmSpec.$Properties): supercloud.vm.VmSpec;
            static encode(message: supercloud.vm.VmSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmSpec & supercloud.vm.VmSpec.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmSpec;
            static toObject(message: supercloud.vm.VmSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                disks?: (string[]|null);
                protection?: (supercloud.vm.VmProtection.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmSpec.$Properties;
        }

        interface IVmProtection extends supercloud.vm.VmProtection.$Properties {
        }

        class VmProtection {
            constructor(properties?: supercloud.vm.VmProtection.$Properties);
            $unknowns?: Uint8Array[];
            intervalMs: number;
            static create(properties: supercloud.vm.VmProtection.$Shape): supercloud.vm.VmProtection & supercloud.vm.VmProtection.$Shape;
            static create(properties?: supercloud.vm.VmProtection.$Properties): supercloud.vm.VmProtection;
            static encode(message: supercloud.vm.VmProtection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmProtection & supercloud.vm.VmProtection.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmProtection;
            static toObject(message: supercloud.vm.VmProtection, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmProtection {
            interface $Properties {
                intervalMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmProtection.$Properties;
        }

        interface IDiskRecord extends supercloud.vm.DiskRecord.$Properties {
        }

        class DiskRecord {
            constructor(properties?: supercloud.vm.DiskRecord.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            sizeBytes: number;
            baseSha256: string;
            vmId: string;
            epoch: number;
            createdAtMs: number;
            writtenBytes: number;
            static create(properties: supercloud.vm.DiskRecord.$Shape): supercloud.vm.DiskRecord & supercloud.vm.DiskRecord.$Shape;
            static create(properties?: supercloud.vm.DiskRecord.$Properties): supercloud.vm.DiskRecord;
            static encode(message: supercloud.vm.DiskRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.DiskRecord & supercloud.vm.DiskRecord.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.DiskRecord;
            static toObject(message: supercloud.vm.DiskRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DiskRecord {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                sizeBytes?: (number|null);
                baseSha256?: (string|null);
                vmId?: (string|null);
                epoch?: (number|null);
                createdAtMs?: (number|null);
                writtenBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.DiskRecord.$Properties;
        }

        interface IImageRecord extends supercloud.vm.ImageRecord.$Properties {
        }

        class ImageRecord {
            constructor(properties?: supercloud.vm.ImageRecord.$Properties);
            $unknowns?: Uint8Array[];
            sha256: string;
            name: string;
            sizeBytes: number;
            static create(properties: supercloud.vm.ImageRecord.$Shape): supercloud.vm.ImageRecord & supercloud.vm.ImageRecord.$Shape;
            static create(properties?: supercloud.vm.ImageRecord.$Properties): supercloud.vm.ImageRecord;
            static encode(message: supercloud.vm.ImageRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.ImageRecord & supercloud.vm.ImageRecord.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.ImageRecord;
            static toObject(message: supercloud.vm.ImageRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ImageRecord {
            interface $Properties {
                sha256?: (string|null);
                name?: (string|null);
                sizeBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.ImageRecord.$Properties;
        }

        interface IHandoff extends supercloud.vm.Handoff.$Properties {
        }

        class Handoff {
            constructor(properties?: supercloud.vm.Handoff.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            epoch: number;
            from: Uint8Array;
            to: Uint8Array;
            atMs: number;
            static create(properties: supercloud.vm.Handoff.$Shape): supercloud.vm.Handoff & supercloud.vm.Handoff.$Shape;
            static create(properties?: supercloud.vm.Handoff.$Properties): supercloud.vm.Handoff;
            static encode(message: supercloud.vm.Handoff.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.Handoff & supercloud.vm.Handoff.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.Handoff;
            static toObject(message: supercloud.vm.Handoff, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.SignedHandoff.$Properties);
            $unknowns?: Uint8Array[];
            handoff: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.vm.SignedHandoff.$Shape): supercloud.vm.SignedHandoff & supercloud.vm.SignedHandoff.$Shape;
            static create(properties?: supercloud.vm.SignedHandoff.$Properties): supercloud.vm.SignedHandoff;
            static encode(message: supercloud.vm.SignedHandoff.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.SignedHandoff & supercloud.vm.SignedHandoff.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.SignedHandoff;
            static toObject(message: supercloud.vm.SignedHandoff, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmRecord.$Properties);
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
            static encode(message: supercloud.vm.VmRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmRecord & supercloud.vm.VmRecord.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmRecord;
            static toObject(message: supercloud.vm.VmRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.Inventory.$Properties);
            $unknowns?: Uint8Array[];
            owner: Uint8Array;
            seq: number;
            incarnation: number;
            vms: supercloud.vm.VmRecord.$Properties[];
            disks: supercloud.vm.DiskRecord.$Properties[];
            images: supercloud.vm.ImageRecord.$Properties[];
            replicas: supercloud.vm.ReplicaRecord.$Properties[];
            static create(properties: supercloud.vm.Inventory.$Shape): supercloud.vm.Inventory & supercloud.vm.Inventory.$Shape;
            static create(properties?: supercloud.vm.Inventory.$Properties): supercloud.vm.Inventory;
            static encode(message: supercloud.vm.Inventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.Inventory & supercloud.vm.Inventory.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.Inventory;
            static toObject(message: supercloud.vm.Inventory, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Inventory {
            interface $Properties {
                owner?: (Uint8Array|null);
                seq?: (number|null);
                incarnation?: (number|null);
                vms?: (supercloud.vm.VmRecord.$Properties[]|null);
                disks?: (supercloud.vm.DiskRecord.$Properties[]|null);
                images?: (supercloud.vm.ImageRecord.$Properties[]|null);
                replicas?: (supercloud.vm.ReplicaRecord.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.Inventory.$Properties;
        }

        interface IReplicaRecord extends supercloud.vm.ReplicaRecord.$Properties {
        }

        class ReplicaRecord {
            constructor(properties?: supercloud.vm.ReplicaRecord.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            memoryBytes: number;
            static create(properties: supercloud.vm.ReplicaRecord.$Shape): supercloud.vm.ReplicaRecord & supercloud.vm.ReplicaRecord.$Shape;
            static create(properties?: supercloud.vm.ReplicaRecord.$Properties): supercloud.vm.ReplicaRecord;
            static encode(message: supercloud.vm.ReplicaRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.ReplicaRecord & supercloud.vm.ReplicaRecord.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.ReplicaRecord;
            static toObject(message: supercloud.vm.ReplicaRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReplicaRecord {
            interface $Properties {
                vmId?: (string|null);
                memoryBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.ReplicaRecord.$Properties;
        }

        interface ISignedInventory extends supercloud.vm.SignedInventory.$Properties {
        }

        class SignedInventory {
            constructor(properties?: supercloud.vm.SignedInventory.$Properties);
            $unknowns?: Uint8Array[];
            inventory: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.vm.SignedInventory.$Shape): supercloud.vm.SignedInventory & supercloud.vm.SignedInventory.$Shape;
            static create(properties?: supercloud.vm.SignedInventory.$Properties): supercloud.vm.SignedInventory;
            static encode(message: supercloud.vm.SignedInventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.SignedInventory & supercloud.vm.SignedInventory.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.SignedInventory;
            static toObject(message: supercloud.vm.SignedInventory, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.RecordsRequest.$Properties);
            $unknowns?: Uint8Array[];
            owners: Uint8Array[];
            static create(properties: supercloud.vm.RecordsRequest.$Shape): supercloud.vm.RecordsRequest & supercloud.vm.RecordsRequest.$Shape;
            static create(properties?: supercloud.vm.RecordsRequest.$Properties): supercloud.vm.RecordsRequest;
            static encode(message: supercloud.vm.RecordsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.RecordsRequest & supercloud.vm.RecordsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.RecordsRequest;
            static toObject(message: supercloud.vm.RecordsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.RecordsResponse.$Properties);
            $unknowns?: Uint8Array[];
            inventories: supercloud.vm.SignedInventory.$Properties[];
            error: string;
            static create(properties: supercloud.vm.RecordsResponse.$Shape): supercloud.vm.RecordsResponse & supercloud.vm.RecordsResponse.$Shape;
            static create(properties?: supercloud.vm.RecordsResponse.$Properties): supercloud.vm.RecordsResponse;
            static encode(message: supercloud.vm.RecordsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.RecordsResponse & supercloud.vm.RecordsResponse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.RecordsResponse;
            static toObject(message: supercloud.vm.RecordsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.GuestInfo.$Properties);
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
            static encode(message: supercloud.vm.GuestInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.GuestInfo & supercloud.vm.GuestInfo.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.GuestInfo;
            static toObject(message: supercloud.vm.GuestInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmDetail.$Properties);
            $unknowns?: Uint8Array[];
            record?: (supercloud.vm.VmRecord.$Properties|null);
            guest?: (supercloud.vm.GuestInfo.$Properties|null);
            note: string;
            protection?: (supercloud.vm.Protection.$Properties|null);
            guestLive?: (supercloud.vm.GuestInfo.$Properties|null);
            static create(properties: supercloud.vm.VmDetail.$Shape): supercloud.vm.VmDetail & supercloud.vm.VmDetail.$Shape;
            static create(properties?: supercloud.vm.VmDetail.$Properties): supercloud.vm.VmDetail;
            static encode(message: supercloud.vm.VmDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmDetail & supercloud.vm.VmDetail.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmDetail;
            static toObject(message: supercloud.vm.VmDetail, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.Protection.$Properties);
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
            static encode(message: supercloud.vm.Protection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.Protection & supercloud.vm.Protection.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.Protection;
            static toObject(message: supercloud.vm.Protection, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.CreateVm.$Properties);
            $unknowns?: Uint8Array[];
            spec?: (supercloud.vm.VmSpec.$Properties|null);
            static create(properties: supercloud.vm.CreateVm.$Shape): supercloud.vm.CreateVm & supercloud.vm.CreateVm.$Shape;
            static create(properties?: supercloud.vm.CreateVm.$Properties): supercloud.vm.CreateVm;
            static encode(message: supercloud.vm.CreateVm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.CreateVm & supercloud.vm.CreateVm.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.CreateVm;
            static toObject(message: supercloud.vm.CreateVm, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmAction.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            action: string;
            standby: string;
            checkpointIntervalMs: number;
            withDisks: boolean;
            static create(properties: supercloud.vm.VmAction.$Shape): supercloud.vm.VmAction & supercloud.vm.VmAction.$Shape;
            static create(properties?: supercloud.vm.VmAction.$Properties): supercloud.vm.VmAction;
            static encode(message: supercloud.vm.VmAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmAction & supercloud.vm.VmAction.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmAction;
            static toObject(message: supercloud.vm.VmAction, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmAction {
            interface $Properties {
                vmId?: (string|null);
                action?: (string|null);
                standby?: (string|null);
                checkpointIntervalMs?: (number|null);
                withDisks?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmAction.$Properties;
        }

        interface IVmDisk extends supercloud.vm.VmDisk.$Properties {
        }

        class VmDisk {
            constructor(properties?: supercloud.vm.VmDisk.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            disk: string;
            detach: boolean;
            static create(properties: supercloud.vm.VmDisk.$Shape): supercloud.vm.VmDisk & supercloud.vm.VmDisk.$Shape;
            static create(properties?: supercloud.vm.VmDisk.$Properties): supercloud.vm.VmDisk;
            static encode(message: supercloud.vm.VmDisk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmDisk & supercloud.vm.VmDisk.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmDisk;
            static toObject(message: supercloud.vm.VmDisk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VmDisk {
            interface $Properties {
                vmId?: (string|null);
                disk?: (string|null);
                detach?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.VmDisk.$Properties;
        }

        interface IShowVm extends supercloud.vm.ShowVm.$Properties {
        }

        class ShowVm {
            constructor(properties?: supercloud.vm.ShowVm.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            static create(properties: supercloud.vm.ShowVm.$Shape): supercloud.vm.ShowVm & supercloud.vm.ShowVm.$Shape;
            static create(properties?: supercloud.vm.ShowVm.$Properties): supercloud.vm.ShowVm;
            static encode(message: supercloud.vm.ShowVm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.ShowVm & supercloud.vm.ShowVm.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.ShowVm;
            static toObject(message: supercloud.vm.ShowVm, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.ListVms.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.vm.ListVms.$Shape): supercloud.vm.ListVms & supercloud.vm.ListVms.$Shape;
            static create(properties?: supercloud.vm.ListVms.$Properties): supercloud.vm.ListVms;
            static encode(message: supercloud.vm.ListVms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.ListVms & supercloud.vm.ListVms.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.ListVms;
            static toObject(message: supercloud.vm.ListVms, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmLogs.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            static create(properties: supercloud.vm.VmLogs.$Shape): supercloud.vm.VmLogs & supercloud.vm.VmLogs.$Shape;
            static create(properties?: supercloud.vm.VmLogs.$Properties): supercloud.vm.VmLogs;
            static encode(message: supercloud.vm.VmLogs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmLogs & supercloud.vm.VmLogs.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmLogs;
            static toObject(message: supercloud.vm.VmLogs, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.AttachVm.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            net?: (supercloud.vm.VmNet.$Properties|null);
            static create(properties: supercloud.vm.AttachVm.$Shape): supercloud.vm.AttachVm & supercloud.vm.AttachVm.$Shape;
            static create(properties?: supercloud.vm.AttachVm.$Properties): supercloud.vm.AttachVm;
            static encode(message: supercloud.vm.AttachVm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.AttachVm & supercloud.vm.AttachVm.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.AttachVm;
            static toObject(message: supercloud.vm.AttachVm, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.DetachVm.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            static create(properties: supercloud.vm.DetachVm.$Shape): supercloud.vm.DetachVm & supercloud.vm.DetachVm.$Shape;
            static create(properties?: supercloud.vm.DetachVm.$Properties): supercloud.vm.DetachVm;
            static encode(message: supercloud.vm.DetachVm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.DetachVm & supercloud.vm.DetachVm.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.DetachVm;
            static toObject(message: supercloud.vm.DetachVm, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.MigrateVm.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            to: Uint8Array;
            mode: string;
            downtimeTargetMs: number;
            static create(properties: supercloud.vm.MigrateVm.$Shape): supercloud.vm.MigrateVm & supercloud.vm.MigrateVm.$Shape;
            static create(properties?: supercloud.vm.MigrateVm.$Properties): supercloud.vm.MigrateVm;
            static encode(message: supercloud.vm.MigrateVm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.MigrateVm & supercloud.vm.MigrateVm.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.MigrateVm;
            static toObject(message: supercloud.vm.MigrateVm, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.MigrationQuery.$Properties);
            $unknowns?: Uint8Array[];
            migrationId: string;
            cancelVmId: string;
            waitMs: number;
            static create(properties: supercloud.vm.MigrationQuery.$Shape): supercloud.vm.MigrationQuery & supercloud.vm.MigrationQuery.$Shape;
            static create(properties?: supercloud.vm.MigrationQuery.$Properties): supercloud.vm.MigrationQuery;
            static encode(message: supercloud.vm.MigrationQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.MigrationQuery & supercloud.vm.MigrationQuery.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.MigrationQuery;
            static toObject(message: supercloud.vm.MigrationQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.MigrationInfo.$Properties);
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
            path: string;
            diskBytes: number;
            diskBlocksResent: number;
            diskLastBlocks: number;
            diskLastMs: number;
            carrier: string;
            static create(properties: supercloud.vm.MigrationInfo.$Shape): supercloud.vm.MigrationInfo & supercloud.vm.MigrationInfo.$Shape;
            static create(properties?: supercloud.vm.MigrationInfo.$Properties): supercloud.vm.MigrationInfo;
            static encode(message: supercloud.vm.MigrationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.MigrationInfo & supercloud.vm.MigrationInfo.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.MigrationInfo;
            static toObject(message: supercloud.vm.MigrationInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                path?: (string|null);
                diskBytes?: (number|null);
                diskBlocksResent?: (number|null);
                diskLastBlocks?: (number|null);
                diskLastMs?: (number|null);
                carrier?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.vm.MigrationInfo.$Properties;
        }

        interface IDowntimeBreakdown extends supercloud.vm.DowntimeBreakdown.$Properties {
        }

        class DowntimeBreakdown {
            constructor(properties?: supercloud.vm.DowntimeBreakdown.$Properties);
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
            static encode(message: supercloud.vm.DowntimeBreakdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.DowntimeBreakdown & supercloud.vm.DowntimeBreakdown.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.DowntimeBreakdown;
            static toObject(message: supercloud.vm.DowntimeBreakdown, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.MigrationList.$Properties);
            $unknowns?: Uint8Array[];
            migrations: supercloud.vm.MigrationInfo.$Properties[];
            static create(properties: supercloud.vm.MigrationList.$Shape): supercloud.vm.MigrationList & supercloud.vm.MigrationList.$Shape;
            static create(properties?: supercloud.vm.MigrationList.$Properties): supercloud.vm.MigrationList;
            static encode(message: supercloud.vm.MigrationList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.MigrationList & supercloud.vm.MigrationList.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.MigrationList;
            static toObject(message: supercloud.vm.MigrationList, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmRequest.$Properties);
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
            disk?: (supercloud.vm.VmDisk.$Properties|null);
            op?: ("create"|"action"|"show"|"list"|"logs"|"attach"|"detach"|"migrate"|"migrations"|"disk");
            static create(properties: supercloud.vm.VmRequest.$Shape): supercloud.vm.VmRequest & supercloud.vm.VmRequest.$Shape;
            static create(properties?: supercloud.vm.VmRequest.$Properties): supercloud.vm.VmRequest;
            static encode(message: supercloud.vm.VmRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmRequest & supercloud.vm.VmRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmRequest;
            static toObject(message: supercloud.vm.VmRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                disk?: (supercloud.vm.VmDisk.$Properties|null);
                op?: ("create"|"action"|"show"|"list"|"logs"|"attach"|"detach"|"migrate"|"migrations"|"disk");
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
              disk?: supercloud.vm.VmDisk.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null; disk?: null }|{ op?: "create"; create: supercloud.vm.CreateVm.$Shape; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null; disk?: null }|{ op?: "action"; create?: null; action: supercloud.vm.VmAction.$Shape; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null; disk?: null }|{ op?: "show"; create?: null; action?: null; show: supercloud.vm.ShowVm.$Shape; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null; disk?: null }|{ op?: "list"; create?: null; action?: null; show?: null; list: supercloud.vm.ListVms.$Shape; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null; disk?: null }|{ op?: "logs"; create?: null; action?: null; show?: null; list?: null; logs: supercloud.vm.VmLogs.$Shape; attach?: null; detach?: null; migrate?: null; migrations?: null; disk?: null }|{ op?: "attach"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach: supercloud.vm.AttachVm.$Shape; detach?: null; migrate?: null; migrations?: null; disk?: null }|{ op?: "detach"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach: supercloud.vm.DetachVm.$Shape; migrate?: null; migrations?: null; disk?: null }|{ op?: "migrate"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate: supercloud.vm.MigrateVm.$Shape; migrations?: null; disk?: null }|{ op?: "migrations"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations: supercloud.vm.MigrationQuery.$Shape; disk?: null }|{ op?: "disk"; create?: null; action?: null; show?: null; list?: null; logs?: null; attach?: null; detach?: null; migrate?: null; migrations?: null; disk: supercloud.vm.VmDisk.$Shape })
            );
        }

        interface IVmError extends supercloud.vm.VmError.$Properties {
        }

        class VmError {
            constructor(properties?: supercloud.vm.VmError.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            status: number;
            static create(properties: supercloud.vm.VmError.$Shape): supercloud.vm.VmError & supercloud.vm.VmError.$Shape;
            static create(properties?: supercloud.vm.VmError.$Properties): supercloud.vm.VmError;
            static encode(message: supercloud.vm.VmError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmError & supercloud.vm.VmError.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmError;
            static toObject(message: supercloud.vm.VmError, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmList.$Properties);
            $unknowns?: Uint8Array[];
            vms: supercloud.vm.VmDetail.$Properties[];
            static create(properties: supercloud.vm.VmList.$Shape): supercloud.vm.VmList & supercloud.vm.VmList.$Shape;
            static create(properties?: supercloud.vm.VmList.$Properties): supercloud.vm.VmList;
            static encode(message: supercloud.vm.VmList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmList & supercloud.vm.VmList.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmList;
            static toObject(message: supercloud.vm.VmList, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.VmResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.vm.VmError.$Properties|null);
            vm?: (supercloud.vm.VmDetail.$Properties|null);
            list?: (supercloud.vm.VmList.$Properties|null);
            logs?: (Uint8Array|null);
            migrations?: (supercloud.vm.MigrationList.$Properties|null);
            result?: ("error"|"vm"|"list"|"logs"|"migrations");
            static create(properties: supercloud.vm.VmResponse.$Shape): supercloud.vm.VmResponse & supercloud.vm.VmResponse.$Shape;
            static create(properties?: supercloud.vm.VmResponse.$Properties): supercloud.vm.VmResponse;
            static encode(message: supercloud.vm.VmResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.VmResponse & supercloud.vm.VmResponse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.VmResponse;
            static toObject(message: supercloud.vm.VmResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.ConsoleOpen.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            static create(properties: supercloud.vm.ConsoleOpen.$Shape): supercloud.vm.ConsoleOpen & supercloud.vm.ConsoleOpen.$Shape;
            static create(properties?: supercloud.vm.ConsoleOpen.$Properties): supercloud.vm.ConsoleOpen;
            static encode(message: supercloud.vm.ConsoleOpen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.ConsoleOpen & supercloud.vm.ConsoleOpen.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.ConsoleOpen;
            static toObject(message: supercloud.vm.ConsoleOpen, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.ConsoleOpened.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.vm.VmError.$Properties|null);
            static create(properties: supercloud.vm.ConsoleOpened.$Shape): supercloud.vm.ConsoleOpened & supercloud.vm.ConsoleOpened.$Shape;
            static create(properties?: supercloud.vm.ConsoleOpened.$Properties): supercloud.vm.ConsoleOpened;
            static encode(message: supercloud.vm.ConsoleOpened.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.ConsoleOpened & supercloud.vm.ConsoleOpened.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.ConsoleOpened;
            static toObject(message: supercloud.vm.ConsoleOpened, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.ConsoleData.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            static create(properties: supercloud.vm.ConsoleData.$Shape): supercloud.vm.ConsoleData & supercloud.vm.ConsoleData.$Shape;
            static create(properties?: supercloud.vm.ConsoleData.$Properties): supercloud.vm.ConsoleData;
            static encode(message: supercloud.vm.ConsoleData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.ConsoleData & supercloud.vm.ConsoleData.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.ConsoleData;
            static toObject(message: supercloud.vm.ConsoleData, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.SnapshotStart.$Properties);
            $unknowns?: Uint8Array[];
            snapshotVmId?: (string|null);
            restore?: (supercloud.vm.RestoreVm.$Properties|null);
            imageSha256?: (string|null);
            op?: ("snapshotVmId"|"restore"|"imageSha256");
            static create(properties: supercloud.vm.SnapshotStart.$Shape): supercloud.vm.SnapshotStart & supercloud.vm.SnapshotStart.$Shape;
            static create(properties?: supercloud.vm.SnapshotStart.$Properties): supercloud.vm.SnapshotStart;
            static encode(message: supercloud.vm.SnapshotStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.SnapshotStart & supercloud.vm.SnapshotStart.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.SnapshotStart;
            static toObject(message: supercloud.vm.SnapshotStart, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SnapshotStart {
            interface $Properties {
                snapshotVmId?: (string|null);
                restore?: (supercloud.vm.RestoreVm.$Properties|null);
                imageSha256?: (string|null);
                op?: ("snapshotVmId"|"restore"|"imageSha256");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              snapshotVmId?: string|null;
              restore?: supercloud.vm.RestoreVm.$Shape|null;
              imageSha256?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; snapshotVmId?: null; restore?: null; imageSha256?: null }|{ op?: "snapshotVmId"; snapshotVmId: string; restore?: null; imageSha256?: null }|{ op?: "restore"; snapshotVmId?: null; restore: supercloud.vm.RestoreVm.$Shape; imageSha256?: null }|{ op?: "imageSha256"; snapshotVmId?: null; restore?: null; imageSha256: string })
            );
        }

        interface IRestoreVm extends supercloud.vm.RestoreVm.$Properties {
        }

        class RestoreVm {
            constructor(properties?: supercloud.vm.RestoreVm.$Properties);
            $unknowns?: Uint8Array[];
            totalBytes: number;
            name: string;
            static create(properties: supercloud.vm.RestoreVm.$Shape): supercloud.vm.RestoreVm & supercloud.vm.RestoreVm.$Shape;
            static create(properties?: supercloud.vm.RestoreVm.$Properties): supercloud.vm.RestoreVm;
            static encode(message: supercloud.vm.RestoreVm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.RestoreVm & supercloud.vm.RestoreVm.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.RestoreVm;
            static toObject(message: supercloud.vm.RestoreVm, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.SnapshotHead.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.vm.VmError.$Properties|null);
            totalBytes: number;
            vm?: (supercloud.vm.VmDetail.$Properties|null);
            static create(properties: supercloud.vm.SnapshotHead.$Shape): supercloud.vm.SnapshotHead & supercloud.vm.SnapshotHead.$Shape;
            static create(properties?: supercloud.vm.SnapshotHead.$Properties): supercloud.vm.SnapshotHead;
            static encode(message: supercloud.vm.SnapshotHead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.SnapshotHead & supercloud.vm.SnapshotHead.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.SnapshotHead;
            static toObject(message: supercloud.vm.SnapshotHead, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.vm.Chunk.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            static create(properties: supercloud.vm.Chunk.$Shape): supercloud.vm.Chunk & supercloud.vm.Chunk.$Shape;
            static create(properties?: supercloud.vm.Chunk.$Properties): supercloud.vm.Chunk;
            static encode(message: supercloud.vm.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.vm.Chunk & supercloud.vm.Chunk.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.vm.Chunk;
            static toObject(message: supercloud.vm.Chunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
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

    namespace network {

        interface IRule extends supercloud.network.Rule.$Properties {
        }

        class Rule {
            constructor(properties?: supercloud.network.Rule.$Properties);
            $unknowns?: Uint8Array[];
            action: string;
            ethertype: number;
            srcMac: string;
            dstMac: string;
            ipProto: number;
            srcPort: number;
            dstPort: number;
            static create(properties: supercloud.network.Rule.$Shape): supercloud.network.Rule & supercloud.network.Rule.$Shape;
            static create(properties?: supercloud.network.Rule.$Properties): supercloud.network.Rule;
            static encode(message: supercloud.network.Rule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.Rule & supercloud.network.Rule.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.Rule;
            static toObject(message: supercloud.network.Rule, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Rule {
            interface $Properties {
                action?: (string|null);
                ethertype?: (number|null);
                srcMac?: (string|null);
                dstMac?: (string|null);
                ipProto?: (number|null);
                srcPort?: (number|null);
                dstPort?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.Rule.$Properties;
        }

        interface ILease extends supercloud.network.Lease.$Properties {
        }

        class Lease {
            constructor(properties?: supercloud.network.Lease.$Properties);
            $unknowns?: Uint8Array[];
            ip: string;
            vmId: string;
            peer: Uint8Array;
            mac: string;
            atMs: number;
            static create(properties: supercloud.network.Lease.$Shape): supercloud.network.Lease & supercloud.network.Lease.$Shape;
            static create(properties?: supercloud.network.Lease.$Properties): supercloud.network.Lease;
            static encode(message: supercloud.network.Lease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.Lease & supercloud.network.Lease.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.Lease;
            static toObject(message: supercloud.network.Lease, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Lease {
            interface $Properties {
                ip?: (string|null);
                vmId?: (string|null);
                peer?: (Uint8Array|null);
                mac?: (string|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.Lease.$Properties;
        }

        interface IVnet extends supercloud.network.Vnet.$Properties {
        }

        class Vnet {
            constructor(properties?: supercloud.network.Vnet.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            name: string;
            cidr: string;
            mtu: number;
            rules: supercloud.network.Rule.$Properties[];
            leases: supercloud.network.Lease.$Properties[];
            home: Uint8Array;
            term: number;
            seq: number;
            deleted: boolean;
            createdAtMs: number;
            static create(properties: supercloud.network.Vnet.$Shape): supercloud.network.Vnet & supercloud.network.Vnet.$Shape;
            static create(properties?: supercloud.network.Vnet.$Properties): supercloud.network.Vnet;
            static encode(message: supercloud.network.Vnet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.Vnet & supercloud.network.Vnet.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.Vnet;
            static toObject(message: supercloud.network.Vnet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Vnet {
            interface $Properties {
                id?: (number|null);
                name?: (string|null);
                cidr?: (string|null);
                mtu?: (number|null);
                rules?: (supercloud.network.Rule.$Properties[]|null);
                leases?: (supercloud.network.Lease.$Properties[]|null);
                home?: (Uint8Array|null);
                term?: (number|null);
                seq?: (number|null);
                deleted?: (boolean|null);
                createdAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.Vnet.$Properties;
        }

        interface ISignedVnet extends supercloud.network.SignedVnet.$Properties {
        }

        class SignedVnet {
            constructor(properties?: supercloud.network.SignedVnet.$Properties);
            $unknowns?: Uint8Array[];
            vnet: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.network.SignedVnet.$Shape): supercloud.network.SignedVnet & supercloud.network.SignedVnet.$Shape;
            static create(properties?: supercloud.network.SignedVnet.$Properties): supercloud.network.SignedVnet;
            static encode(message: supercloud.network.SignedVnet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.SignedVnet & supercloud.network.SignedVnet.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.SignedVnet;
            static toObject(message: supercloud.network.SignedVnet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedVnet {
            interface $Properties {
                vnet?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.SignedVnet.$Properties;
        }

        interface INetRef extends supercloud.network.NetRef.$Properties {
        }

        class NetRef {
            constructor(properties?: supercloud.network.NetRef.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            static create(properties: supercloud.network.NetRef.$Shape): supercloud.network.NetRef & supercloud.network.NetRef.$Shape;
            static create(properties?: supercloud.network.NetRef.$Properties): supercloud.network.NetRef;
            static encode(message: supercloud.network.NetRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.NetRef & supercloud.network.NetRef.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.NetRef;
            static toObject(message: supercloud.network.NetRef, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NetRef {
            interface $Properties {
                id?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.NetRef.$Properties;
        }

        interface ISetRules extends supercloud.network.SetRules.$Properties {
        }

        class SetRules {
            constructor(properties?: supercloud.network.SetRules.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            rules: supercloud.network.Rule.$Properties[];
            static create(properties: supercloud.network.SetRules.$Shape): supercloud.network.SetRules & supercloud.network.SetRules.$Shape;
            static create(properties?: supercloud.network.SetRules.$Properties): supercloud.network.SetRules;
            static encode(message: supercloud.network.SetRules.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.SetRules & supercloud.network.SetRules.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.SetRules;
            static toObject(message: supercloud.network.SetRules, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SetRules {
            interface $Properties {
                id?: (number|null);
                rules?: (supercloud.network.Rule.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.SetRules.$Properties;
        }

        interface ILeaseRequest extends supercloud.network.LeaseRequest.$Properties {
        }

        class LeaseRequest {
            constructor(properties?: supercloud.network.LeaseRequest.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            vmId: string;
            mac: string;
            ip: string;
            static create(properties: supercloud.network.LeaseRequest.$Shape): supercloud.network.LeaseRequest & supercloud.network.LeaseRequest.$Shape;
            static create(properties?: supercloud.network.LeaseRequest.$Properties): supercloud.network.LeaseRequest;
            static encode(message: supercloud.network.LeaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.LeaseRequest & supercloud.network.LeaseRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.LeaseRequest;
            static toObject(message: supercloud.network.LeaseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace LeaseRequest {
            interface $Properties {
                id?: (number|null);
                vmId?: (string|null);
                mac?: (string|null);
                ip?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.LeaseRequest.$Properties;
        }

        interface IReleaseRequest extends supercloud.network.ReleaseRequest.$Properties {
        }

        class ReleaseRequest {
            constructor(properties?: supercloud.network.ReleaseRequest.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            vmId: string;
            static create(properties: supercloud.network.ReleaseRequest.$Shape): supercloud.network.ReleaseRequest & supercloud.network.ReleaseRequest.$Shape;
            static create(properties?: supercloud.network.ReleaseRequest.$Properties): supercloud.network.ReleaseRequest;
            static encode(message: supercloud.network.ReleaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.ReleaseRequest & supercloud.network.ReleaseRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.ReleaseRequest;
            static toObject(message: supercloud.network.ReleaseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReleaseRequest {
            interface $Properties {
                id?: (number|null);
                vmId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.ReleaseRequest.$Properties;
        }

        interface IVersionQuery extends supercloud.network.VersionQuery.$Properties {
        }

        class VersionQuery {
            constructor(properties?: supercloud.network.VersionQuery.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.network.VersionQuery.$Shape): supercloud.network.VersionQuery & supercloud.network.VersionQuery.$Shape;
            static create(properties?: supercloud.network.VersionQuery.$Properties): supercloud.network.VersionQuery;
            static encode(message: supercloud.network.VersionQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.VersionQuery & supercloud.network.VersionQuery.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.VersionQuery;
            static toObject(message: supercloud.network.VersionQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VersionQuery {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.VersionQuery.$Properties;
        }

        interface INetVersion extends supercloud.network.NetVersion.$Properties {
        }

        class NetVersion {
            constructor(properties?: supercloud.network.NetVersion.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            term: number;
            seq: number;
            static create(properties: supercloud.network.NetVersion.$Shape): supercloud.network.NetVersion & supercloud.network.NetVersion.$Shape;
            static create(properties?: supercloud.network.NetVersion.$Properties): supercloud.network.NetVersion;
            static encode(message: supercloud.network.NetVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.NetVersion & supercloud.network.NetVersion.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.NetVersion;
            static toObject(message: supercloud.network.NetVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NetVersion {
            interface $Properties {
                id?: (number|null);
                term?: (number|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.NetVersion.$Properties;
        }

        interface IVersions extends supercloud.network.Versions.$Properties {
        }

        class Versions {
            constructor(properties?: supercloud.network.Versions.$Properties);
            $unknowns?: Uint8Array[];
            nets: supercloud.network.NetVersion.$Properties[];
            static create(properties: supercloud.network.Versions.$Shape): supercloud.network.Versions & supercloud.network.Versions.$Shape;
            static create(properties?: supercloud.network.Versions.$Properties): supercloud.network.Versions;
            static encode(message: supercloud.network.Versions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.Versions & supercloud.network.Versions.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.Versions;
            static toObject(message: supercloud.network.Versions, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Versions {
            interface $Properties {
                nets?: (supercloud.network.NetVersion.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.Versions.$Properties;
        }

        interface INetList extends supercloud.network.NetList.$Properties {
        }

        class NetList {
            constructor(properties?: supercloud.network.NetList.$Properties);
            $unknowns?: Uint8Array[];
            nets: supercloud.network.SignedVnet.$Properties[];
            static create(properties: supercloud.network.NetList.$Shape): supercloud.network.NetList & supercloud.network.NetList.$Shape;
            static create(properties?: supercloud.network.NetList.$Properties): supercloud.network.NetList;
            static encode(message: supercloud.network.NetList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.NetList & supercloud.network.NetList.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.NetList;
            static toObject(message: supercloud.network.NetList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NetList {
            interface $Properties {
                nets?: (supercloud.network.SignedVnet.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.NetList.$Properties;
        }

        interface IPortStats extends supercloud.network.PortStats.$Properties {
        }

        class PortStats {
            constructor(properties?: supercloud.network.PortStats.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            mac: string;
            ip: string;
            framesIn: number;
            bytesIn: number;
            framesOut: number;
            bytesOut: number;
            drops: { [k: string]: number };
            arpAnswered: number;
            static create(properties: supercloud.network.PortStats.$Shape): supercloud.network.PortStats & supercloud.network.PortStats.$Shape;
            static create(properties?: supercloud.network.PortStats.$Properties): supercloud.network.PortStats;
            static encode(message: supercloud.network.PortStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.PortStats & supercloud.network.PortStats.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.PortStats;
            static toObject(message: supercloud.network.PortStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PortStats {
            interface $Properties {
                name?: (string|null);
                mac?: (string|null);
                ip?: (string|null);
                framesIn?: (number|null);
                bytesIn?: (number|null);
                framesOut?: (number|null);
                bytesOut?: (number|null);
                drops?: ({ [k: string]: number }|null);
                arpAnswered?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.PortStats.$Properties;
        }

        interface ITunnelStats extends supercloud.network.TunnelStats.$Properties {
        }

        class TunnelStats {
            constructor(properties?: supercloud.network.TunnelStats.$Properties);
            $unknowns?: Uint8Array[];
            peer: Uint8Array;
            framesIn: number;
            bytesIn: number;
            framesOut: number;
            bytesOut: number;
            batchesIn: number;
            batchesOut: number;
            drops: { [k: string]: number };
            static create(properties: supercloud.network.TunnelStats.$Shape): supercloud.network.TunnelStats & supercloud.network.TunnelStats.$Shape;
            static create(properties?: supercloud.network.TunnelStats.$Properties): supercloud.network.TunnelStats;
            static encode(message: supercloud.network.TunnelStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.TunnelStats & supercloud.network.TunnelStats.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.TunnelStats;
            static toObject(message: supercloud.network.TunnelStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TunnelStats {
            interface $Properties {
                peer?: (Uint8Array|null);
                framesIn?: (number|null);
                bytesIn?: (number|null);
                framesOut?: (number|null);
                bytesOut?: (number|null);
                batchesIn?: (number|null);
                batchesOut?: (number|null);
                drops?: ({ [k: string]: number }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.TunnelStats.$Properties;
        }

        interface IStatsQuery extends supercloud.network.StatsQuery.$Properties {
        }

        class StatsQuery {
            constructor(properties?: supercloud.network.StatsQuery.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            static create(properties: supercloud.network.StatsQuery.$Shape): supercloud.network.StatsQuery & supercloud.network.StatsQuery.$Shape;
            static create(properties?: supercloud.network.StatsQuery.$Properties): supercloud.network.StatsQuery;
            static encode(message: supercloud.network.StatsQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.StatsQuery & supercloud.network.StatsQuery.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.StatsQuery;
            static toObject(message: supercloud.network.StatsQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StatsQuery {
            interface $Properties {
                id?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.StatsQuery.$Properties;
        }

        interface ISwitchStats extends supercloud.network.SwitchStats.$Properties {
        }

        class SwitchStats {
            constructor(properties?: supercloud.network.SwitchStats.$Properties);
            $unknowns?: Uint8Array[];
            ports: supercloud.network.PortStats.$Properties[];
            tunnels: supercloud.network.TunnelStats.$Properties[];
            drops: { [k: string]: number };
            static create(properties: supercloud.network.SwitchStats.$Shape): supercloud.network.SwitchStats & supercloud.network.SwitchStats.$Shape;
            static create(properties?: supercloud.network.SwitchStats.$Properties): supercloud.network.SwitchStats;
            static encode(message: supercloud.network.SwitchStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.SwitchStats & supercloud.network.SwitchStats.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.SwitchStats;
            static toObject(message: supercloud.network.SwitchStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SwitchStats {
            interface $Properties {
                ports?: (supercloud.network.PortStats.$Properties[]|null);
                tunnels?: (supercloud.network.TunnelStats.$Properties[]|null);
                drops?: ({ [k: string]: number }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.SwitchStats.$Properties;
        }

        interface INetRequest extends supercloud.network.NetRequest.$Properties {
        }

        class NetRequest {
            constructor(properties?: supercloud.network.NetRequest.$Properties);
            $unknowns?: Uint8Array[];
            pull?: (supercloud.network.NetList.$Properties|null);
            remove?: (supercloud.network.NetRef.$Properties|null);
            rules?: (supercloud.network.SetRules.$Properties|null);
            lease?: (supercloud.network.LeaseRequest.$Properties|null);
            release?: (supercloud.network.ReleaseRequest.$Properties|null);
            versions?: (supercloud.network.VersionQuery.$Properties|null);
            stats?: (supercloud.network.StatsQuery.$Properties|null);
            op?: ("pull"|"remove"|"rules"|"lease"|"release"|"versions"|"stats");
            static create(properties: supercloud.network.NetRequest.$Shape): supercloud.network.NetRequest & supercloud.network.NetRequest.$Shape;
            static create(properties?: supercloud.network.NetRequest.$Properties): supercloud.network.NetRequest;
            static encode(message: supercloud.network.NetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.NetRequest & supercloud.network.NetRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.NetRequest;
            static toObject(message: supercloud.network.NetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NetRequest {
            interface $Properties {
                pull?: (supercloud.network.NetList.$Properties|null);
                remove?: (supercloud.network.NetRef.$Properties|null);
                rules?: (supercloud.network.SetRules.$Properties|null);
                lease?: (supercloud.network.LeaseRequest.$Properties|null);
                release?: (supercloud.network.ReleaseRequest.$Properties|null);
                versions?: (supercloud.network.VersionQuery.$Properties|null);
                stats?: (supercloud.network.StatsQuery.$Properties|null);
                op?: ("pull"|"remove"|"rules"|"lease"|"release"|"versions"|"stats");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              pull?: supercloud.network.NetList.$Shape|null;
              remove?: supercloud.network.NetRef.$Shape|null;
              rules?: supercloud.network.SetRules.$Shape|null;
              lease?: supercloud.network.LeaseRequest.$Shape|null;
              release?: supercloud.network.ReleaseRequest.$Shape|null;
              versions?: supercloud.network.VersionQuery.$Shape|null;
              stats?: supercloud.network.StatsQuery.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; pull?: null; remove?: null; rules?: null; lease?: null; release?: null; versions?: null; stats?: null }|{ op?: "pull"; pull: supercloud.network.NetList.$Shape; remove?: null; rules?: null; lease?: null; release?: null; versions?: null; stats?: null }|{ op?: "remove"; pull?: null; remove: supercloud.network.NetRef.$Shape; rules?: null; lease?: null; release?: null; versions?: null; stats?: null }|{ op?: "rules"; pull?: null; remove?: null; rules: supercloud.network.SetRules.$Shape; lease?: null; release?: null; versions?: null; stats?: null }|{ op?: "lease"; pull?: null; remove?: null; rules?: null; lease: supercloud.network.LeaseRequest.$Shape; release?: null; versions?: null; stats?: null }|{ op?: "release"; pull?: null; remove?: null; rules?: null; lease?: null; release: supercloud.network.ReleaseRequest.$Shape; versions?: null; stats?: null }|{ op?: "versions"; pull?: null; remove?: null; rules?: null; lease?: null; release?: null; versions: supercloud.network.VersionQuery.$Shape; stats?: null }|{ op?: "stats"; pull?: null; remove?: null; rules?: null; lease?: null; release?: null; versions?: null; stats: supercloud.network.StatsQuery.$Shape })
            );
        }

        interface INetError extends supercloud.network.NetError.$Properties {
        }

        class NetError {
            constructor(properties?: supercloud.network.NetError.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            status: number;
            static create(properties: supercloud.network.NetError.$Shape): supercloud.network.NetError & supercloud.network.NetError.$Shape;
            static create(properties?: supercloud.network.NetError.$Properties): supercloud.network.NetError;
            static encode(message: supercloud.network.NetError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.NetError & supercloud.network.NetError.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.NetError;
            static toObject(message: supercloud.network.NetError, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NetError {
            interface $Properties {
                name?: (string|null);
                message?: (string|null);
                status?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.NetError.$Properties;
        }

        interface INetResponse extends supercloud.network.NetResponse.$Properties {
        }

        class NetResponse {
            constructor(properties?: supercloud.network.NetResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.network.NetError.$Properties|null);
            vnet?: (supercloud.network.SignedVnet.$Properties|null);
            list?: (supercloud.network.NetList.$Properties|null);
            versions?: (supercloud.network.Versions.$Properties|null);
            stats?: (supercloud.network.SwitchStats.$Properties|null);
            ip: string;
            result?: ("error"|"vnet"|"list"|"versions"|"stats");
            static create(properties: supercloud.network.NetResponse.$Shape): supercloud.network.NetResponse & supercloud.network.NetResponse.$Shape;
            static create(properties?: supercloud.network.NetResponse.$Properties): supercloud.network.NetResponse;
            static encode(message: supercloud.network.NetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.NetResponse & supercloud.network.NetResponse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.NetResponse;
            static toObject(message: supercloud.network.NetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NetResponse {
            interface $Properties {
                error?: (supercloud.network.NetError.$Properties|null);
                vnet?: (supercloud.network.SignedVnet.$Properties|null);
                list?: (supercloud.network.NetList.$Properties|null);
                versions?: (supercloud.network.Versions.$Properties|null);
                stats?: (supercloud.network.SwitchStats.$Properties|null);
                ip?: (string|null);
                result?: ("error"|"vnet"|"list"|"versions"|"stats");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              error?: supercloud.network.NetError.$Shape|null;
              vnet?: supercloud.network.SignedVnet.$Shape|null;
              list?: supercloud.network.NetList.$Shape|null;
              versions?: supercloud.network.Versions.$Shape|null;
              stats?: supercloud.network.SwitchStats.$Shape|null;
              ip?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; error?: null; vnet?: null; list?: null; versions?: null; stats?: null }|{ result?: "error"; error: supercloud.network.NetError.$Shape; vnet?: null; list?: null; versions?: null; stats?: null }|{ result?: "vnet"; error?: null; vnet: supercloud.network.SignedVnet.$Shape; list?: null; versions?: null; stats?: null }|{ result?: "list"; error?: null; vnet?: null; list: supercloud.network.NetList.$Shape; versions?: null; stats?: null }|{ result?: "versions"; error?: null; vnet?: null; list?: null; versions: supercloud.network.Versions.$Shape; stats?: null }|{ result?: "stats"; error?: null; vnet?: null; list?: null; versions?: null; stats: supercloud.network.SwitchStats.$Shape })
            );
        }

        interface ITunnelFrame extends supercloud.network.TunnelFrame.$Properties {
        }

        class TunnelFrame {
            constructor(properties?: supercloud.network.TunnelFrame.$Properties);
            $unknowns?: Uint8Array[];
            vnet: number;
            frame: Uint8Array;
            static create(properties: supercloud.network.TunnelFrame.$Shape): supercloud.network.TunnelFrame & supercloud.network.TunnelFrame.$Shape;
            static create(properties?: supercloud.network.TunnelFrame.$Properties): supercloud.network.TunnelFrame;
            static encode(message: supercloud.network.TunnelFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.TunnelFrame & supercloud.network.TunnelFrame.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.TunnelFrame;
            static toObject(message: supercloud.network.TunnelFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TunnelFrame {
            interface $Properties {
                vnet?: (number|null);
                frame?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.TunnelFrame.$Properties;
        }

        interface ITunnelBatch extends supercloud.network.TunnelBatch.$Properties {
        }

        class TunnelBatch {
            constructor(properties?: supercloud.network.TunnelBatch.$Properties);
            $unknowns?: Uint8Array[];
            frames: supercloud.network.TunnelFrame.$Properties[];
            inventories: Uint8Array[];
            static create(properties: supercloud.network.TunnelBatch.$Shape): supercloud.network.TunnelBatch & supercloud.network.TunnelBatch.$Shape;
            static create(properties?: supercloud.network.TunnelBatch.$Properties): supercloud.network.TunnelBatch;
            static encode(message: supercloud.network.TunnelBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.network.TunnelBatch & supercloud.network.TunnelBatch.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.network.TunnelBatch;
            static toObject(message: supercloud.network.TunnelBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TunnelBatch {
            interface $Properties {
                frames?: (supercloud.network.TunnelFrame.$Properties[]|null);
                inventories?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.network.TunnelBatch.$Properties;
        }
    }

    namespace replication {

        interface IOpen extends supercloud.replication.Open.$Properties {
        }

        class Open {
            constructor(properties?: supercloud.replication.Open.$Properties);
            $unknowns?: Uint8Array[];
            record?: (supercloud.vm.VmRecord.$Properties|null);
            grant?: (supercloud.vm.SignedHandoff.$Properties|null);
            vgaMemoryBytes: number;
            acpi: boolean;
            intervalMs: number;
            leaseMs: number;
            format: number;
            disks: supercloud.migration.DiskOffer.$Properties[];
            continues?: (supercloud.replication.Continues.$Properties|null);
            static create(properties: supercloud.replication.Open.$Shape): supercloud.replication.Open & supercloud.replication.Open.$Shape;
            static create(properties?: supercloud.replication.Open.$Properties): supercloud.replication.Open;
            static encode(message: supercloud.replication.Open.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Open & supercloud.replication.Open.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Open;
            static toObject(message: supercloud.replication.Open, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                disks?: (supercloud.migration.DiskOffer.$Properties[]|null);
                continues?: (supercloud.replication.Continues.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Open.$Properties;
        }

        interface IContinues extends supercloud.replication.Continues.$Properties {
        }

        class Continues {
            constructor(properties?: supercloud.replication.Continues.$Properties);
            $unknowns?: Uint8Array[];
            from: Uint8Array;
            static create(properties: supercloud.replication.Continues.$Shape): supercloud.replication.Continues & supercloud.replication.Continues.$Shape;
            static create(properties?: supercloud.replication.Continues.$Properties): supercloud.replication.Continues;
            static encode(message: supercloud.replication.Continues.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Continues & supercloud.replication.Continues.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Continues;
            static toObject(message: supercloud.replication.Continues, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Continues {
            interface $Properties {
                from?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Continues.$Properties;
        }

        interface IAccept extends supercloud.replication.Accept.$Properties {
        }

        class Accept {
            constructor(properties?: supercloud.replication.Accept.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.replication.Accept.$Shape): supercloud.replication.Accept & supercloud.replication.Accept.$Shape;
            static create(properties?: supercloud.replication.Accept.$Properties): supercloud.replication.Accept;
            static encode(message: supercloud.replication.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Accept & supercloud.replication.Accept.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Accept;
            static toObject(message: supercloud.replication.Accept, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.replication.Refuse.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            static create(properties: supercloud.replication.Refuse.$Shape): supercloud.replication.Refuse & supercloud.replication.Refuse.$Shape;
            static create(properties?: supercloud.replication.Refuse.$Properties): supercloud.replication.Refuse;
            static encode(message: supercloud.replication.Refuse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Refuse & supercloud.replication.Refuse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Refuse;
            static toObject(message: supercloud.replication.Refuse, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.replication.Begin.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            static create(properties: supercloud.replication.Begin.$Shape): supercloud.replication.Begin & supercloud.replication.Begin.$Shape;
            static create(properties?: supercloud.replication.Begin.$Properties): supercloud.replication.Begin;
            static encode(message: supercloud.replication.Begin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Begin & supercloud.replication.Begin.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Begin;
            static toObject(message: supercloud.replication.Begin, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.replication.Devices.$Properties);
            $unknowns?: Uint8Array[];
            deviceState: Uint8Array;
            hypercall: string;
            guestMac: string;
            running: boolean;
            console: Uint8Array;
            static create(properties: supercloud.replication.Devices.$Shape): supercloud.replication.Devices & supercloud.replication.Devices.$Shape;
            static create(properties?: supercloud.replication.Devices.$Properties): supercloud.replication.Devices;
            static encode(message: supercloud.replication.Devices.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Devices & supercloud.replication.Devices.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Devices;
            static toObject(message: supercloud.replication.Devices, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Devices {
            interface $Properties {
                deviceState?: (Uint8Array|null);
                hypercall?: (string|null);
                guestMac?: (string|null);
                running?: (boolean|null);
                console?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Devices.$Properties;
        }

        interface IEnd extends supercloud.replication.End.$Properties {
        }

        class End {
            constructor(properties?: supercloud.replication.End.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            pages: number;
            diskBlocks: number;
            moving?: (supercloud.replication.Moving.$Properties|null);
            static create(properties: supercloud.replication.End.$Shape): supercloud.replication.End & supercloud.replication.End.$Shape;
            static create(properties?: supercloud.replication.End.$Properties): supercloud.replication.End;
            static encode(message: supercloud.replication.End.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.End & supercloud.replication.End.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.End;
            static toObject(message: supercloud.replication.End, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace End {
            interface $Properties {
                epoch?: (number|null);
                pages?: (number|null);
                diskBlocks?: (number|null);
                moving?: (supercloud.replication.Moving.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.End.$Properties;
        }

        interface IMoving extends supercloud.replication.Moving.$Properties {
        }

        class Moving {
            constructor(properties?: supercloud.replication.Moving.$Properties);
            $unknowns?: Uint8Array[];
            to: Uint8Array;
            epoch: number;
            handoff?: (supercloud.vm.SignedHandoff.$Properties|null);
            grant?: (supercloud.vm.SignedHandoff.$Properties|null);
            static create(properties: supercloud.replication.Moving.$Shape): supercloud.replication.Moving & supercloud.replication.Moving.$Shape;
            static create(properties?: supercloud.replication.Moving.$Properties): supercloud.replication.Moving;
            static encode(message: supercloud.replication.Moving.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Moving & supercloud.replication.Moving.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Moving;
            static toObject(message: supercloud.replication.Moving, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Moving {
            interface $Properties {
                to?: (Uint8Array|null);
                epoch?: (number|null);
                handoff?: (supercloud.vm.SignedHandoff.$Properties|null);
                grant?: (supercloud.vm.SignedHandoff.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Moving.$Properties;
        }

        interface IAck extends supercloud.replication.Ack.$Properties {
        }

        class Ack {
            constructor(properties?: supercloud.replication.Ack.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            static create(properties: supercloud.replication.Ack.$Shape): supercloud.replication.Ack & supercloud.replication.Ack.$Shape;
            static create(properties?: supercloud.replication.Ack.$Properties): supercloud.replication.Ack;
            static encode(message: supercloud.replication.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Ack & supercloud.replication.Ack.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Ack;
            static toObject(message: supercloud.replication.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.replication.Close.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            movedTo: Uint8Array;
            movedEpoch: number;
            handoff?: (supercloud.vm.SignedHandoff.$Properties|null);
            grant?: (supercloud.vm.SignedHandoff.$Properties|null);
            static create(properties: supercloud.replication.Close.$Shape): supercloud.replication.Close & supercloud.replication.Close.$Shape;
            static create(properties?: supercloud.replication.Close.$Properties): supercloud.replication.Close;
            static encode(message: supercloud.replication.Close.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Close & supercloud.replication.Close.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Close;
            static toObject(message: supercloud.replication.Close, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Close {
            interface $Properties {
                reason?: (string|null);
                movedTo?: (Uint8Array|null);
                movedEpoch?: (number|null);
                handoff?: (supercloud.vm.SignedHandoff.$Properties|null);
                grant?: (supercloud.vm.SignedHandoff.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Close.$Properties;
        }

        interface IRelease extends supercloud.replication.Release.$Properties {
        }

        class Release {
            constructor(properties?: supercloud.replication.Release.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: supercloud.replication.Release.$Shape): supercloud.replication.Release & supercloud.replication.Release.$Shape;
            static create(properties?: supercloud.replication.Release.$Properties): supercloud.replication.Release;
            static encode(message: supercloud.replication.Release.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.Release & supercloud.replication.Release.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.Release;
            static toObject(message: supercloud.replication.Release, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Release {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.Release.$Properties;
        }

        interface IReplicationMessage extends supercloud.replication.ReplicationMessage.$Properties {
        }

        class ReplicationMessage {
            constructor(properties?: supercloud.replication.ReplicationMessage.$Properties);
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
            blocks?: (supercloud.migration.Blocks.$Properties|null);
            release?: (supercloud.replication.Release.$Properties|null);
            body?: ("open"|"accept"|"refuse"|"pages"|"begin"|"devices"|"end"|"ack"|"close"|"deltas"|"blocks"|"release");
            static create(properties: supercloud.replication.ReplicationMessage.$Shape): supercloud.replication.ReplicationMessage & supercloud.replication.ReplicationMessage.$Shape;
            static create(properties?: supercloud.replication.ReplicationMessage.$Properties): supercloud.replication.ReplicationMessage;
            static encode(message: supercloud.replication.ReplicationMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.ReplicationMessage & supercloud.replication.ReplicationMessage.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.ReplicationMessage;
            static toObject(message: supercloud.replication.ReplicationMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                blocks?: (supercloud.migration.Blocks.$Properties|null);
                release?: (supercloud.replication.Release.$Properties|null);
                body?: ("open"|"accept"|"refuse"|"pages"|"begin"|"devices"|"end"|"ack"|"close"|"deltas"|"blocks"|"release");
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
              blocks?: supercloud.migration.Blocks.$Shape|null;
              release?: supercloud.replication.Release.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "open"; open: supercloud.replication.Open.$Shape; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "accept"; open?: null; accept: supercloud.replication.Accept.$Shape; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "refuse"; open?: null; accept?: null; refuse: supercloud.replication.Refuse.$Shape; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "pages"; open?: null; accept?: null; refuse?: null; pages: supercloud.migration.Pages.$Shape; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "begin"; open?: null; accept?: null; refuse?: null; pages?: null; begin: supercloud.replication.Begin.$Shape; devices?: null; end?: null; ack?: null; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "devices"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices: supercloud.replication.Devices.$Shape; end?: null; ack?: null; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "end"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end: supercloud.replication.End.$Shape; ack?: null; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "ack"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack: supercloud.replication.Ack.$Shape; close?: null; deltas?: null; blocks?: null; release?: null }|{ body?: "close"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close: supercloud.replication.Close.$Shape; deltas?: null; blocks?: null; release?: null }|{ body?: "deltas"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas: supercloud.migration.Deltas.$Shape; blocks?: null; release?: null }|{ body?: "blocks"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null; blocks: supercloud.migration.Blocks.$Shape; release?: null }|{ body?: "release"; open?: null; accept?: null; refuse?: null; pages?: null; begin?: null; devices?: null; end?: null; ack?: null; close?: null; deltas?: null; blocks?: null; release: supercloud.replication.Release.$Shape })
            );
        }

        interface IVoteRequest extends supercloud.replication.VoteRequest.$Properties {
        }

        class VoteRequest {
            constructor(properties?: supercloud.replication.VoteRequest.$Properties);
            $unknowns?: Uint8Array[];
            vmId: string;
            epoch: number;
            primary: Uint8Array;
            standby: Uint8Array;
            side: string;
            grant?: (supercloud.vm.SignedHandoff.$Properties|null);
            keepBeforeMs: number;
            static create(properties: supercloud.replication.VoteRequest.$Shape): supercloud.replication.VoteRequest & supercloud.replication.VoteRequest.$Shape;
            static create(properties?: supercloud.replication.VoteRequest.$Properties): supercloud.replication.VoteRequest;
            static encode(message: supercloud.replication.VoteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.VoteRequest & supercloud.replication.VoteRequest.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.VoteRequest;
            static toObject(message: supercloud.replication.VoteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VoteRequest {
            interface $Properties {
                vmId?: (string|null);
                epoch?: (number|null);
                primary?: (Uint8Array|null);
                standby?: (Uint8Array|null);
                side?: (string|null);
                grant?: (supercloud.vm.SignedHandoff.$Properties|null);
                keepBeforeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = supercloud.replication.VoteRequest.$Properties;
        }

        interface IVoteError extends supercloud.replication.VoteError.$Properties {
        }

        class VoteError {
            constructor(properties?: supercloud.replication.VoteError.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            status: number;
            static create(properties: supercloud.replication.VoteError.$Shape): supercloud.replication.VoteError & supercloud.replication.VoteError.$Shape;
            static create(properties?: supercloud.replication.VoteError.$Properties): supercloud.replication.VoteError;
            static encode(message: supercloud.replication.VoteError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.VoteError & supercloud.replication.VoteError.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.VoteError;
            static toObject(message: supercloud.replication.VoteError, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(properties?: supercloud.replication.VoteResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.replication.VoteError.$Properties|null);
            granted: boolean;
            reason: string;
            static create(properties: supercloud.replication.VoteResponse.$Shape): supercloud.replication.VoteResponse & supercloud.replication.VoteResponse.$Shape;
            static create(properties?: supercloud.replication.VoteResponse.$Properties): supercloud.replication.VoteResponse;
            static encode(message: supercloud.replication.VoteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): supercloud.replication.VoteResponse & supercloud.replication.VoteResponse.$Shape;
            static fromObject(object: { [k: string]: any }): supercloud.replication.VoteResponse;
            static toObject(message: supercloud.replication.VoteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
}
