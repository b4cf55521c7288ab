/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["supercloud-control"] || ($protobuf.roots["supercloud-control"] = {});

export const supercloud = $root.supercloud = (() => {

    /**
     * Namespace supercloud.
     * @exports supercloud
     * @namespace
     */
    const supercloud = {};

    supercloud.control = (function() {

        /**
         * Namespace control.
         * @memberof supercloud
         * @namespace
         */
        const control = {};

        control.StatusRequest = (function() {

            /**
             * Properties of a StatusRequest.
             * @typedef {Object} supercloud.control.StatusRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusRequest.
             * @memberof supercloud.control
             * @interface IStatusRequest
             * @augments supercloud.control.StatusRequest.$Properties
             * @deprecated Use supercloud.control.StatusRequest.$Properties instead.
             */

            /**
             * Shape of a StatusRequest.
             * @typedef {supercloud.control.StatusRequest.$Properties} supercloud.control.StatusRequest.$Shape
             */

            /**
             * Constructs a new StatusRequest.
             * @memberof supercloud.control
             * @classdesc Represents a StatusRequest.
             * @constructor
             * @param {supercloud.control.StatusRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.control.StatusRequest
             * @static
             * @param {supercloud.control.StatusRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.control.StatusRequest} StatusRequest instance
             * @type {{
             *   (properties: supercloud.control.StatusRequest.$Shape): supercloud.control.StatusRequest & supercloud.control.StatusRequest.$Shape;
             *   (properties?: supercloud.control.StatusRequest.$Properties): supercloud.control.StatusRequest;
             * }}
             */
            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link supercloud.control.StatusRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.control.StatusRequest
             * @static
             * @param {supercloud.control.StatusRequest.$Properties} m StatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.control.StatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.control.StatusRequest & supercloud.control.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.control.StatusRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.control.StatusRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.control.StatusRequest} StatusRequest
             */
            StatusRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.control.StatusRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.control.StatusRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.supercloud.control.StatusRequest();
            };

            /**
             * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.control.StatusRequest
             * @static
             * @param {supercloud.control.StatusRequest} m StatusRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this StatusRequest to JSON.
             * @function toJSON
             * @memberof supercloud.control.StatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusRequest.prototype.toJSON = function() {
                return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StatusRequest;
        })();

        control.StatusResponse = (function() {

            /**
             * Properties of a StatusResponse.
             * @typedef {Object} supercloud.control.StatusResponse.$Properties
             * @property {string|null} [id] StatusResponse id
             * @property {string|null} [provider] StatusResponse provider
             * @property {string|null} [region] StatusResponse region
             * @property {string|null} [zone] StatusResponse zone
             * @property {string|null} [version] StatusResponse version
             * @property {string|null} [protocolVersion] StatusResponse protocolVersion
             * @property {number|null} [uptimeMs] StatusResponse uptimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusResponse.
             * @memberof supercloud.control
             * @interface IStatusResponse
             * @augments supercloud.control.StatusResponse.$Properties
             * @deprecated Use supercloud.control.StatusResponse.$Properties instead.
             */

            /**
             * Shape of a StatusResponse.
             * @typedef {supercloud.control.StatusResponse.$Properties} supercloud.control.StatusResponse.$Shape
             */

            /**
             * Constructs a new StatusResponse.
             * @memberof supercloud.control
             * @classdesc Represents a StatusResponse.
             * @constructor
             * @param {supercloud.control.StatusResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StatusResponse id.
             * @member {string} id
             * @memberof supercloud.control.StatusResponse
             * @instance
             */
            StatusResponse.prototype.id = "";

            /**
             * StatusResponse provider.
             * @member {string} provider
             * @memberof supercloud.control.StatusResponse
             * @instance
             */
            StatusResponse.prototype.provider = "";

            /**
             * StatusResponse region.
             * @member {string} region
             * @memberof supercloud.control.StatusResponse
             * @instance
             */
            StatusResponse.prototype.region = "";

            /**
             * StatusResponse zone.
             * @member {string} zone
             * @memberof supercloud.control.StatusResponse
             * @instance
             */
            StatusResponse.prototype.zone = "";

            /**
             * StatusResponse version.
             * @member {string} version
             * @memberof supercloud.control.StatusResponse
             * @instance
             */
            StatusResponse.prototype.version = "";

            /**
             * StatusResponse protocolVersion.
             * @member {string} protocolVersion
             * @memberof supercloud.control.StatusResponse
             * @instance
             */
            StatusResponse.prototype.protocolVersion = "";

            /**
             * StatusResponse uptimeMs.
             * @member {number} uptimeMs
             * @memberof supercloud.control.StatusResponse
             * @instance
             */
            StatusResponse.prototype.uptimeMs = 0;

            /**
             * Creates a new StatusResponse instance using the specified properties.
             * @function create
             * @memberof supercloud.control.StatusResponse
             * @static
             * @param {supercloud.control.StatusResponse.$Properties=} [properties] Properties to set
             * @returns {supercloud.control.StatusResponse} StatusResponse instance
             * @type {{
             *   (properties: supercloud.control.StatusResponse.$Shape): supercloud.control.StatusResponse & supercloud.control.StatusResponse.$Shape;
             *   (properties?: supercloud.control.StatusResponse.$Properties): supercloud.control.StatusResponse;
             * }}
             */
            StatusResponse.create = function(properties) {
                return new StatusResponse(properties);
            };

            /**
             * Encodes the specified StatusResponse message. Does not implicitly {@link supercloud.control.StatusResponse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.control.StatusResponse
             * @static
             * @param {supercloud.control.StatusResponse.$Properties} m StatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.provider != null && $Object.hasOwnProperty.call(m, "provider") && m.provider !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.provider);
                if (m.region != null && $Object.hasOwnProperty.call(m, "region") && m.region !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.region);
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone") && m.zone !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.zone);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.version);
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.protocolVersion);
                if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs") && !$Object.is(m.uptimeMs, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.uptimeMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.control.StatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.control.StatusResponse & supercloud.control.StatusResponse.$Shape} StatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.control.StatusResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.provider = v;
                            else
                                delete m.provider;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.region = v;
                            else
                                delete m.region;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.zone = v;
                            else
                                delete m.zone;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.uptimeMs = v;
                            else
                                delete m.uptimeMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.control.StatusResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.control.StatusResponse} StatusResponse
             */
            StatusResponse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.control.StatusResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.control.StatusResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.control.StatusResponse();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.provider != null) {
                    if (typeof d.provider !== "string" || d.provider.length) {
                        m.provider = $String(d.provider);
                    }
                }
                if (d.region != null) {
                    if (typeof d.region !== "string" || d.region.length) {
                        m.region = $String(d.region);
                    }
                }
                if (d.zone != null) {
                    if (typeof d.zone !== "string" || d.zone.length) {
                        m.zone = $String(d.zone);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version !== "string" || d.version.length) {
                        m.version = $String(d.version);
                    }
                }
                if (d.protocolVersion != null) {
                    if (typeof d.protocolVersion !== "string" || d.protocolVersion.length) {
                        m.protocolVersion = $String(d.protocolVersion);
                    }
                }
                if (d.uptimeMs != null) {
                    if (!$Object.is($Number(d.uptimeMs), 0)) {
                        m.uptimeMs = $Number(d.uptimeMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.control.StatusResponse
             * @static
             * @param {supercloud.control.StatusResponse} m StatusResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.provider = "";
                    d.region = "";
                    d.zone = "";
                    d.version = "";
                    d.protocolVersion = "";
                    d.uptimeMs = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.provider != null && $Object.hasOwnProperty.call(m, "provider")) {
                    d.provider = m.provider;
                }
                if (m.region != null && $Object.hasOwnProperty.call(m, "region")) {
                    d.region = m.region;
                }
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone")) {
                    d.zone = m.zone;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion")) {
                    d.protocolVersion = m.protocolVersion;
                }
                if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs")) {
                    d.uptimeMs = o.json && !$isFinite(m.uptimeMs) ? $String(m.uptimeMs) : m.uptimeMs;
                }
                return d;
            };

            /**
             * Converts this StatusResponse to JSON.
             * @function toJSON
             * @memberof supercloud.control.StatusResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusResponse.prototype.toJSON = function() {
                return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StatusResponse;
        })();

        control.ControlRequest = (function() {

            /**
             * Properties of a ControlRequest.
             * @typedef {Object} supercloud.control.ControlRequest.$Properties
             * @property {supercloud.control.StatusRequest.$Properties|null} [status] ControlRequest status
             * @property {"status"} [op] ControlRequest op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlRequest.
             * @memberof supercloud.control
             * @interface IControlRequest
             * @augments supercloud.control.ControlRequest.$Properties
             * @deprecated Use supercloud.control.ControlRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ControlRequest.
             * @typedef {{
             *   status?: supercloud.control.StatusRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; status?: null }|{ op?: "status"; status: supercloud.control.StatusRequest.$Shape })
             * )} supercloud.control.ControlRequest.$Shape
             */

            /**
             * Constructs a new ControlRequest.
             * @memberof supercloud.control
             * @classdesc Represents a ControlRequest.
             * @constructor
             * @param {supercloud.control.ControlRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ControlRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ControlRequest status.
             * @member {supercloud.control.StatusRequest.$Properties|null|undefined} status
             * @memberof supercloud.control.ControlRequest
             * @instance
             */
            ControlRequest.prototype.status = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ControlRequest op.
             * @member {"status"|undefined} op
             * @memberof supercloud.control.ControlRequest
             * @instance
             */
            $Object.defineProperty(ControlRequest.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ControlRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.control.ControlRequest
             * @static
             * @param {supercloud.control.ControlRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.control.ControlRequest} ControlRequest instance
             * @type {{
             *   (properties: supercloud.control.ControlRequest.$Shape): supercloud.control.ControlRequest & supercloud.control.ControlRequest.$Shape;
             *   (properties?: supercloud.control.ControlRequest.$Properties): supercloud.control.ControlRequest;
             * }}
             */
            ControlRequest.create = function(properties) {
                return new ControlRequest(properties);
            };

            /**
             * Encodes the specified ControlRequest message. Does not implicitly {@link supercloud.control.ControlRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.control.ControlRequest
             * @static
             * @param {supercloud.control.ControlRequest.$Properties} m ControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.supercloud.control.StatusRequest.encode(m.status, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ControlRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.control.ControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.control.ControlRequest & supercloud.control.ControlRequest.$Shape} ControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.control.ControlRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.status = $root.supercloud.control.StatusRequest.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.op = "status";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ControlRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.control.ControlRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.control.ControlRequest} ControlRequest
             */
            ControlRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.control.ControlRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.control.ControlRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.control.ControlRequest();
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".supercloud.control.ControlRequest.status: object expected");
                    m.status = $root.supercloud.control.StatusRequest.fromObject(d.status, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ControlRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.control.ControlRequest
             * @static
             * @param {supercloud.control.ControlRequest} m ControlRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.supercloud.control.StatusRequest.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.op = "status";
                }
                return d;
            };

            /**
             * Converts this ControlRequest to JSON.
             * @function toJSON
             * @memberof supercloud.control.ControlRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlRequest.prototype.toJSON = function() {
                return ControlRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ControlRequest;
        })();

        control.ControlError = (function() {

            /**
             * Properties of a ControlError.
             * @typedef {Object} supercloud.control.ControlError.$Properties
             * @property {string|null} [name] ControlError name
             * @property {string|null} [message] ControlError message
             * @property {number|null} [status] ControlError status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlError.
             * @memberof supercloud.control
             * @interface IControlError
             * @augments supercloud.control.ControlError.$Properties
             * @deprecated Use supercloud.control.ControlError.$Properties instead.
             */

            /**
             * Shape of a ControlError.
             * @typedef {supercloud.control.ControlError.$Properties} supercloud.control.ControlError.$Shape
             */

            /**
             * Constructs a new ControlError.
             * @memberof supercloud.control
             * @classdesc Represents a ControlError.
             * @constructor
             * @param {supercloud.control.ControlError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ControlError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ControlError name.
             * @member {string} name
             * @memberof supercloud.control.ControlError
             * @instance
             */
            ControlError.prototype.name = "";

            /**
             * ControlError message.
             * @member {string} message
             * @memberof supercloud.control.ControlError
             * @instance
             */
            ControlError.prototype.message = "";

            /**
             * ControlError status.
             * @member {number} status
             * @memberof supercloud.control.ControlError
             * @instance
             */
            ControlError.prototype.status = 0;

            /**
             * Creates a new ControlError instance using the specified properties.
             * @function create
             * @memberof supercloud.control.ControlError
             * @static
             * @param {supercloud.control.ControlError.$Properties=} [properties] Properties to set
             * @returns {supercloud.control.ControlError} ControlError instance
             * @type {{
             *   (properties: supercloud.control.ControlError.$Shape): supercloud.control.ControlError & supercloud.control.ControlError.$Shape;
             *   (properties?: supercloud.control.ControlError.$Properties): supercloud.control.ControlError;
             * }}
             */
            ControlError.create = function(properties) {
                return new ControlError(properties);
            };

            /**
             * Encodes the specified ControlError message. Does not implicitly {@link supercloud.control.ControlError.verify|verify} messages.
             * @function encode
             * @memberof supercloud.control.ControlError
             * @static
             * @param {supercloud.control.ControlError.$Properties} m ControlError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlError.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.status);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ControlError message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.control.ControlError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.control.ControlError & supercloud.control.ControlError.$Shape} ControlError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlError.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.control.ControlError();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ControlError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.control.ControlError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.control.ControlError} ControlError
             */
            ControlError.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.control.ControlError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.control.ControlError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.control.ControlError();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.status != null) {
                    if ($Number(d.status) !== 0) {
                        m.status = d.status >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ControlError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.control.ControlError
             * @static
             * @param {supercloud.control.ControlError} m ControlError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlError.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.message = "";
                    d.status = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                return d;
            };

            /**
             * Converts this ControlError to JSON.
             * @function toJSON
             * @memberof supercloud.control.ControlError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlError.prototype.toJSON = function() {
                return ControlError.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ControlError;
        })();

        control.ControlResponse = (function() {

            /**
             * Properties of a ControlResponse.
             * @typedef {Object} supercloud.control.ControlResponse.$Properties
             * @property {supercloud.control.ControlError.$Properties|null} [error] ControlResponse error
             * @property {supercloud.control.StatusResponse.$Properties|null} [status] ControlResponse status
             * @property {"error"|"status"} [result] ControlResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlResponse.
             * @memberof supercloud.control
             * @interface IControlResponse
             * @augments supercloud.control.ControlResponse.$Properties
             * @deprecated Use supercloud.control.ControlResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a ControlResponse.
             * @typedef {{
             *   error?: supercloud.control.ControlError.$Shape|null;
             *   status?: supercloud.control.StatusResponse.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; error?: null; status?: null }|{ result?: "error"; error: supercloud.control.ControlError.$Shape; status?: null }|{ result?: "status"; error?: null; status: supercloud.control.StatusResponse.$Shape })
             * )} supercloud.control.ControlResponse.$Shape
             */

            /**
             * Constructs a new ControlResponse.
             * @memberof supercloud.control
             * @classdesc Represents a ControlResponse.
             * @constructor
             * @param {supercloud.control.ControlResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ControlResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ControlResponse error.
             * @member {supercloud.control.ControlError.$Properties|null|undefined} error
             * @memberof supercloud.control.ControlResponse
             * @instance
             */
            ControlResponse.prototype.error = null;

            /**
             * ControlResponse status.
             * @member {supercloud.control.StatusResponse.$Properties|null|undefined} status
             * @memberof supercloud.control.ControlResponse
             * @instance
             */
            ControlResponse.prototype.status = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ControlResponse result.
             * @member {"error"|"status"|undefined} result
             * @memberof supercloud.control.ControlResponse
             * @instance
             */
            $Object.defineProperty(ControlResponse.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["error", "status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ControlResponse instance using the specified properties.
             * @function create
             * @memberof supercloud.control.ControlResponse
             * @static
             * @param {supercloud.control.ControlResponse.$Properties=} [properties] Properties to set
             * @returns {supercloud.control.ControlResponse} ControlResponse instance
             * @type {{
             *   (properties: supercloud.control.ControlResponse.$Shape): supercloud.control.ControlResponse & supercloud.control.ControlResponse.$Shape;
             *   (properties?: supercloud.control.ControlResponse.$Properties): supercloud.control.ControlResponse;
             * }}
             */
            ControlResponse.create = function(properties) {
                return new ControlResponse(properties);
            };

            /**
             * Encodes the specified ControlResponse message. Does not implicitly {@link supercloud.control.ControlResponse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.control.ControlResponse
             * @static
             * @param {supercloud.control.ControlResponse.$Properties} m ControlResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.supercloud.control.ControlError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.supercloud.control.StatusResponse.encode(m.status, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ControlResponse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.control.ControlResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.control.ControlResponse & supercloud.control.ControlResponse.$Shape} ControlResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.control.ControlResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.error = $root.supercloud.control.ControlError.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.result = "error";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.status = $root.supercloud.control.StatusResponse.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.result = "status";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ControlResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.control.ControlResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.control.ControlResponse} ControlResponse
             */
            ControlResponse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.control.ControlResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.control.ControlResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.control.ControlResponse();
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".supercloud.control.ControlResponse.error: object expected");
                    m.error = $root.supercloud.control.ControlError.fromObject(d.error, q + 1);
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".supercloud.control.ControlResponse.status: object expected");
                    m.status = $root.supercloud.control.StatusResponse.fromObject(d.status, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ControlResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.control.ControlResponse
             * @static
             * @param {supercloud.control.ControlResponse} m ControlResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.supercloud.control.ControlError.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.result = "error";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.supercloud.control.StatusResponse.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.result = "status";
                }
                return d;
            };

            /**
             * Converts this ControlResponse to JSON.
             * @function toJSON
             * @memberof supercloud.control.ControlResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlResponse.prototype.toJSON = function() {
                return ControlResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ControlResponse;
        })();

        return control;
    })();

    return supercloud;
})();

export {
  $root as default
};
