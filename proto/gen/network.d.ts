import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace supercloud {

    namespace network {

        interface IRule extends supercloud.network.Rule.$Properties {
        }

        class Rule {
            constructor(p?: supercloud.network.Rule.$Properties);
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
            static encode(m: supercloud.network.Rule.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.Rule & supercloud.network.Rule.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.Rule;
            static toObject(m: supercloud.network.Rule, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.Lease.$Properties);
            $unknowns?: Uint8Array[];
            ip: string;
            vmId: string;
            peer: Uint8Array;
            mac: string;
            atMs: number;
            static create(properties: supercloud.network.Lease.$Shape): supercloud.network.Lease & supercloud.network.Lease.$Shape;
            static create(properties?: supercloud.network.Lease.$Properties): supercloud.network.Lease;
            static encode(m: supercloud.network.Lease.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.Lease & supercloud.network.Lease.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.Lease;
            static toObject(m: supercloud.network.Lease, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.Vnet.$Properties);
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
            static encode(m: supercloud.network.Vnet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.Vnet & supercloud.network.Vnet.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.Vnet;
            static toObject(m: supercloud.network.Vnet, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.SignedVnet.$Properties);
            $unknowns?: Uint8Array[];
            vnet: Uint8Array;
            signature: Uint8Array;
            static create(properties: supercloud.network.SignedVnet.$Shape): supercloud.network.SignedVnet & supercloud.network.SignedVnet.$Shape;
            static create(properties?: supercloud.network.SignedVnet.$Properties): supercloud.network.SignedVnet;
            static encode(m: supercloud.network.SignedVnet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.SignedVnet & supercloud.network.SignedVnet.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.SignedVnet;
            static toObject(m: supercloud.network.SignedVnet, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.NetRef.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            static create(properties: supercloud.network.NetRef.$Shape): supercloud.network.NetRef & supercloud.network.NetRef.$Shape;
            static create(properties?: supercloud.network.NetRef.$Properties): supercloud.network.NetRef;
            static encode(m: supercloud.network.NetRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.NetRef & supercloud.network.NetRef.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.NetRef;
            static toObject(m: supercloud.network.NetRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.SetRules.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            rules: supercloud.network.Rule.$Properties[];
            static create(properties: supercloud.network.SetRules.$Shape): supercloud.network.SetRules & supercloud.network.SetRules.$Shape;
            static create(properties?: supercloud.network.SetRules.$Properties): supercloud.network.SetRules;
            static encode(m: supercloud.network.SetRules.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.SetRules & supercloud.network.SetRules.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.SetRules;
            static toObject(m: supercloud.network.SetRules, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.LeaseRequest.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            vmId: string;
            mac: string;
            ip: string;
            static create(properties: supercloud.network.LeaseRequest.$Shape): supercloud.network.LeaseRequest & supercloud.network.LeaseRequest.$Shape;
            static create(properties?: supercloud.network.LeaseRequest.$Properties): supercloud.network.LeaseRequest;
            static encode(m: supercloud.network.LeaseRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.LeaseRequest & supercloud.network.LeaseRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.LeaseRequest;
            static toObject(m: supercloud.network.LeaseRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.ReleaseRequest.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            vmId: string;
            static create(properties: supercloud.network.ReleaseRequest.$Shape): supercloud.network.ReleaseRequest & supercloud.network.ReleaseRequest.$Shape;
            static create(properties?: supercloud.network.ReleaseRequest.$Properties): supercloud.network.ReleaseRequest;
            static encode(m: supercloud.network.ReleaseRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.ReleaseRequest & supercloud.network.ReleaseRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.ReleaseRequest;
            static toObject(m: supercloud.network.ReleaseRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.VersionQuery.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.network.VersionQuery.$Shape): supercloud.network.VersionQuery & supercloud.network.VersionQuery.$Shape;
            static create(properties?: supercloud.network.VersionQuery.$Properties): supercloud.network.VersionQuery;
            static encode(m: supercloud.network.VersionQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.VersionQuery & supercloud.network.VersionQuery.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.VersionQuery;
            static toObject(m: supercloud.network.VersionQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.NetVersion.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            term: number;
            seq: number;
            static create(properties: supercloud.network.NetVersion.$Shape): supercloud.network.NetVersion & supercloud.network.NetVersion.$Shape;
            static create(properties?: supercloud.network.NetVersion.$Properties): supercloud.network.NetVersion;
            static encode(m: supercloud.network.NetVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.NetVersion & supercloud.network.NetVersion.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.NetVersion;
            static toObject(m: supercloud.network.NetVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.Versions.$Properties);
            $unknowns?: Uint8Array[];
            nets: supercloud.network.NetVersion.$Properties[];
            static create(properties: supercloud.network.Versions.$Shape): supercloud.network.Versions & supercloud.network.Versions.$Shape;
            static create(properties?: supercloud.network.Versions.$Properties): supercloud.network.Versions;
            static encode(m: supercloud.network.Versions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.Versions & supercloud.network.Versions.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.Versions;
            static toObject(m: supercloud.network.Versions, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.NetList.$Properties);
            $unknowns?: Uint8Array[];
            nets: supercloud.network.SignedVnet.$Properties[];
            static create(properties: supercloud.network.NetList.$Shape): supercloud.network.NetList & supercloud.network.NetList.$Shape;
            static create(properties?: supercloud.network.NetList.$Properties): supercloud.network.NetList;
            static encode(m: supercloud.network.NetList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.NetList & supercloud.network.NetList.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.NetList;
            static toObject(m: supercloud.network.NetList, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.PortStats.$Properties);
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
            static encode(m: supercloud.network.PortStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.PortStats & supercloud.network.PortStats.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.PortStats;
            static toObject(m: supercloud.network.PortStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.TunnelStats.$Properties);
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
            static encode(m: supercloud.network.TunnelStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.TunnelStats & supercloud.network.TunnelStats.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.TunnelStats;
            static toObject(m: supercloud.network.TunnelStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.StatsQuery.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            static create(properties: supercloud.network.StatsQuery.$Shape): supercloud.network.StatsQuery & supercloud.network.StatsQuery.$Shape;
            static create(properties?: supercloud.network.StatsQuery.$Properties): supercloud.network.StatsQuery;
            static encode(m: supercloud.network.StatsQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.StatsQuery & supercloud.network.StatsQuery.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.StatsQuery;
            static toObject(m: supercloud.network.StatsQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.SwitchStats.$Properties);
            $unknowns?: Uint8Array[];
            ports: supercloud.network.PortStats.$Properties[];
            tunnels: supercloud.network.TunnelStats.$Properties[];
            drops: { [k: string]: number };
            static create(properties: supercloud.network.SwitchStats.$Shape): supercloud.network.SwitchStats & supercloud.network.SwitchStats.$Shape;
            static create(properties?: supercloud.network.SwitchStats.$Properties): supercloud.network.SwitchStats;
            static encode(m: supercloud.network.SwitchStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.SwitchStats & supercloud.network.SwitchStats.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.SwitchStats;
            static toObject(m: supercloud.network.SwitchStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.NetRequest.$Properties);
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
            static encode(m: supercloud.network.NetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.NetRequest & supercloud.network.NetRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.NetRequest;
            static toObject(m: supercloud.network.NetRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.NetError.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            status: number;
            static create(properties: supercloud.network.NetError.$Shape): supercloud.network.NetError & supercloud.network.NetError.$Shape;
            static create(properties?: supercloud.network.NetError.$Properties): supercloud.network.NetError;
            static encode(m: supercloud.network.NetError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.NetError & supercloud.network.NetError.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.NetError;
            static toObject(m: supercloud.network.NetError, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.NetResponse.$Properties);
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
            static encode(m: supercloud.network.NetResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.NetResponse & supercloud.network.NetResponse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.NetResponse;
            static toObject(m: supercloud.network.NetResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.TunnelFrame.$Properties);
            $unknowns?: Uint8Array[];
            vnet: number;
            frame: Uint8Array;
            static create(properties: supercloud.network.TunnelFrame.$Shape): supercloud.network.TunnelFrame & supercloud.network.TunnelFrame.$Shape;
            static create(properties?: supercloud.network.TunnelFrame.$Properties): supercloud.network.TunnelFrame;
            static encode(m: supercloud.network.TunnelFrame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.TunnelFrame & supercloud.network.TunnelFrame.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.TunnelFrame;
            static toObject(m: supercloud.network.TunnelFrame, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.network.TunnelBatch.$Properties);
            $unknowns?: Uint8Array[];
            frames: supercloud.network.TunnelFrame.$Properties[];
            inventories: Uint8Array[];
            static create(properties: supercloud.network.TunnelBatch.$Shape): supercloud.network.TunnelBatch & supercloud.network.TunnelBatch.$Shape;
            static create(properties?: supercloud.network.TunnelBatch.$Properties): supercloud.network.TunnelBatch;
            static encode(m: supercloud.network.TunnelBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.network.TunnelBatch & supercloud.network.TunnelBatch.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.network.TunnelBatch;
            static toObject(m: supercloud.network.TunnelBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
}
