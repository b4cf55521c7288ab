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

        interface IGossip extends supercloud.membership.Gossip.$Properties {
        }

        class Gossip {
            constructor(p?: supercloud.membership.Gossip.$Properties);
            $unknowns?: Uint8Array[];
            descriptor?: (supercloud.membership.SignedDescriptor.$Properties|null);
            admission?: (supercloud.membership.SignedAdmission.$Properties|null);
            body?: ("descriptor"|"admission");
            static create(properties: supercloud.membership.Gossip.$Shape): supercloud.membership.Gossip & supercloud.membership.Gossip.$Shape;
            static create(properties?: supercloud.membership.Gossip.$Properties): supercloud.membership.Gossip;
            static encode(m: supercloud.membership.Gossip.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.membership.Gossip & supercloud.membership.Gossip.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.membership.Gossip;
            static toObject(m: supercloud.membership.Gossip, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Gossip {
            interface $Properties {
                descriptor?: (supercloud.membership.SignedDescriptor.$Properties|null);
                admission?: (supercloud.membership.SignedAdmission.$Properties|null);
                body?: ("descriptor"|"admission");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              descriptor?: supercloud.membership.SignedDescriptor.$Shape|null;
              admission?: supercloud.membership.SignedAdmission.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; descriptor?: null; admission?: null }|{ body?: "descriptor"; descriptor: supercloud.membership.SignedDescriptor.$Shape; admission?: null }|{ body?: "admission"; descriptor?: null; admission: supercloud.membership.SignedAdmission.$Shape })
            );
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
