import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace supercloud {

    namespace control {

        interface IStatusRequest extends supercloud.control.StatusRequest.$Properties {
        }

        class StatusRequest {
            constructor(p?: supercloud.control.StatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: supercloud.control.StatusRequest.$Shape): supercloud.control.StatusRequest & supercloud.control.StatusRequest.$Shape;
            static create(properties?: supercloud.control.StatusRequest.$Properties): supercloud.control.StatusRequest;
            static encode(m: supercloud.control.StatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.control.StatusRequest & supercloud.control.StatusRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.control.StatusRequest;
            static toObject(m: supercloud.control.StatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.control.StatusResponse.$Properties);
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
            static encode(m: supercloud.control.StatusResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.control.StatusResponse & supercloud.control.StatusResponse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.control.StatusResponse;
            static toObject(m: supercloud.control.StatusResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.control.ControlRequest.$Properties);
            $unknowns?: Uint8Array[];
            status?: (supercloud.control.StatusRequest.$Properties|null);
            op?: "status";
            static create(properties: supercloud.control.ControlRequest.$Shape): supercloud.control.ControlRequest & supercloud.control.ControlRequest.$Shape;
            static create(properties?: supercloud.control.ControlRequest.$Properties): supercloud.control.ControlRequest;
            static encode(m: supercloud.control.ControlRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.control.ControlRequest & supercloud.control.ControlRequest.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.control.ControlRequest;
            static toObject(m: supercloud.control.ControlRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.control.ControlError.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            message: string;
            status: number;
            static create(properties: supercloud.control.ControlError.$Shape): supercloud.control.ControlError & supercloud.control.ControlError.$Shape;
            static create(properties?: supercloud.control.ControlError.$Properties): supercloud.control.ControlError;
            static encode(m: supercloud.control.ControlError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.control.ControlError & supercloud.control.ControlError.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.control.ControlError;
            static toObject(m: supercloud.control.ControlError, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
            constructor(p?: supercloud.control.ControlResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (supercloud.control.ControlError.$Properties|null);
            status?: (supercloud.control.StatusResponse.$Properties|null);
            result?: ("error"|"status");
            static create(properties: supercloud.control.ControlResponse.$Shape): supercloud.control.ControlResponse & supercloud.control.ControlResponse.$Shape;
            static create(properties?: supercloud.control.ControlResponse.$Properties): supercloud.control.ControlResponse;
            static encode(m: supercloud.control.ControlResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): supercloud.control.ControlResponse & supercloud.control.ControlResponse.$Shape;
            static fromObject(d: { [k: string]: any }): supercloud.control.ControlResponse;
            static toObject(m: supercloud.control.ControlResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
}
