/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["supercloud-network"] || ($protobuf.roots["supercloud-network"] = {});

export const supercloud = $root.supercloud = (() => {

    /**
     * Namespace supercloud.
     * @exports supercloud
     * @namespace
     */
    const supercloud = {};

    supercloud.network = (function() {

        /**
         * Namespace network.
         * @memberof supercloud
         * @namespace
         */
        const network = {};

        network.Rule = (function() {

            /**
             * Properties of a Rule.
             * @typedef {Object} supercloud.network.Rule.$Properties
             * @property {string|null} [action] Rule action
             * @property {number|null} [ethertype] Rule ethertype
             * @property {string|null} [srcMac] Rule srcMac
             * @property {string|null} [dstMac] Rule dstMac
             * @property {number|null} [ipProto] Rule ipProto
             * @property {number|null} [srcPort] Rule srcPort
             * @property {number|null} [dstPort] Rule dstPort
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rule.
             * @memberof supercloud.network
             * @interface IRule
             * @augments supercloud.network.Rule.$Properties
             * @deprecated Use supercloud.network.Rule.$Properties instead.
             */

            /**
             * Shape of a Rule.
             * @typedef {supercloud.network.Rule.$Properties} supercloud.network.Rule.$Shape
             */

            /**
             * Constructs a new Rule.
             * @memberof supercloud.network
             * @classdesc Represents a Rule.
             * @constructor
             * @param {supercloud.network.Rule.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Rule = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Rule action.
             * @member {string} action
             * @memberof supercloud.network.Rule
             * @instance
             */
            Rule.prototype.action = "";

            /**
             * Rule ethertype.
             * @member {number} ethertype
             * @memberof supercloud.network.Rule
             * @instance
             */
            Rule.prototype.ethertype = 0;

            /**
             * Rule srcMac.
             * @member {string} srcMac
             * @memberof supercloud.network.Rule
             * @instance
             */
            Rule.prototype.srcMac = "";

            /**
             * Rule dstMac.
             * @member {string} dstMac
             * @memberof supercloud.network.Rule
             * @instance
             */
            Rule.prototype.dstMac = "";

            /**
             * Rule ipProto.
             * @member {number} ipProto
             * @memberof supercloud.network.Rule
             * @instance
             */
            Rule.prototype.ipProto = 0;

            /**
             * Rule srcPort.
             * @member {number} srcPort
             * @memberof supercloud.network.Rule
             * @instance
             */
            Rule.prototype.srcPort = 0;

            /**
             * Rule dstPort.
             * @member {number} dstPort
             * @memberof supercloud.network.Rule
             * @instance
             */
            Rule.prototype.dstPort = 0;

            /**
             * Creates a new Rule instance using the specified properties.
             * @function create
             * @memberof supercloud.network.Rule
             * @static
             * @param {supercloud.network.Rule.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.Rule} Rule instance
             * @type {{
             *   (properties: supercloud.network.Rule.$Shape): supercloud.network.Rule & supercloud.network.Rule.$Shape;
             *   (properties?: supercloud.network.Rule.$Properties): supercloud.network.Rule;
             * }}
             */
            Rule.create = function(properties) {
                return new Rule(properties);
            };

            /**
             * Encodes the specified Rule message. Does not implicitly {@link supercloud.network.Rule.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.Rule
             * @static
             * @param {supercloud.network.Rule.$Properties} m Rule message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rule.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.action != null && $Object.hasOwnProperty.call(m, "action") && m.action !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.action);
                if (m.ethertype != null && $Object.hasOwnProperty.call(m, "ethertype") && m.ethertype !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.ethertype);
                if (m.srcMac != null && $Object.hasOwnProperty.call(m, "srcMac") && m.srcMac !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.srcMac);
                if (m.dstMac != null && $Object.hasOwnProperty.call(m, "dstMac") && m.dstMac !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.dstMac);
                if (m.ipProto != null && $Object.hasOwnProperty.call(m, "ipProto") && m.ipProto !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.ipProto);
                if (m.srcPort != null && $Object.hasOwnProperty.call(m, "srcPort") && m.srcPort !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.srcPort);
                if (m.dstPort != null && $Object.hasOwnProperty.call(m, "dstPort") && m.dstPort !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.dstPort);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Rule message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.Rule
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.Rule & supercloud.network.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rule.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.Rule();
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
                                m.action = v;
                            else
                                delete m.action;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ethertype = v;
                            else
                                delete m.ethertype;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.srcMac = v;
                            else
                                delete m.srcMac;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.dstMac = v;
                            else
                                delete m.dstMac;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ipProto = v;
                            else
                                delete m.ipProto;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.srcPort = v;
                            else
                                delete m.srcPort;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.dstPort = v;
                            else
                                delete m.dstPort;
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
             * Creates a Rule message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.Rule
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.Rule} Rule
             */
            Rule.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.Rule)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.Rule: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.Rule();
                if (d.action != null) {
                    if (typeof d.action !== "string" || d.action.length) {
                        m.action = $String(d.action);
                    }
                }
                if (d.ethertype != null) {
                    if ($Number(d.ethertype) !== 0) {
                        m.ethertype = d.ethertype >>> 0;
                    }
                }
                if (d.srcMac != null) {
                    if (typeof d.srcMac !== "string" || d.srcMac.length) {
                        m.srcMac = $String(d.srcMac);
                    }
                }
                if (d.dstMac != null) {
                    if (typeof d.dstMac !== "string" || d.dstMac.length) {
                        m.dstMac = $String(d.dstMac);
                    }
                }
                if (d.ipProto != null) {
                    if ($Number(d.ipProto) !== 0) {
                        m.ipProto = d.ipProto >>> 0;
                    }
                }
                if (d.srcPort != null) {
                    if ($Number(d.srcPort) !== 0) {
                        m.srcPort = d.srcPort >>> 0;
                    }
                }
                if (d.dstPort != null) {
                    if ($Number(d.dstPort) !== 0) {
                        m.dstPort = d.dstPort >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Rule message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.Rule
             * @static
             * @param {supercloud.network.Rule} m Rule
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Rule.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.action = "";
                    d.ethertype = 0;
                    d.srcMac = "";
                    d.dstMac = "";
                    d.ipProto = 0;
                    d.srcPort = 0;
                    d.dstPort = 0;
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    d.action = m.action;
                }
                if (m.ethertype != null && $Object.hasOwnProperty.call(m, "ethertype")) {
                    d.ethertype = m.ethertype;
                }
                if (m.srcMac != null && $Object.hasOwnProperty.call(m, "srcMac")) {
                    d.srcMac = m.srcMac;
                }
                if (m.dstMac != null && $Object.hasOwnProperty.call(m, "dstMac")) {
                    d.dstMac = m.dstMac;
                }
                if (m.ipProto != null && $Object.hasOwnProperty.call(m, "ipProto")) {
                    d.ipProto = m.ipProto;
                }
                if (m.srcPort != null && $Object.hasOwnProperty.call(m, "srcPort")) {
                    d.srcPort = m.srcPort;
                }
                if (m.dstPort != null && $Object.hasOwnProperty.call(m, "dstPort")) {
                    d.dstPort = m.dstPort;
                }
                return d;
            };

            /**
             * Converts this Rule to JSON.
             * @function toJSON
             * @memberof supercloud.network.Rule
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Rule.prototype.toJSON = function() {
                return Rule.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Rule;
        })();

        network.Lease = (function() {

            /**
             * Properties of a Lease.
             * @typedef {Object} supercloud.network.Lease.$Properties
             * @property {string|null} [ip] Lease ip
             * @property {string|null} [vmId] Lease vmId
             * @property {Uint8Array|null} [peer] Lease peer
             * @property {string|null} [mac] Lease mac
             * @property {number|null} [atMs] Lease atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Lease.
             * @memberof supercloud.network
             * @interface ILease
             * @augments supercloud.network.Lease.$Properties
             * @deprecated Use supercloud.network.Lease.$Properties instead.
             */

            /**
             * Shape of a Lease.
             * @typedef {supercloud.network.Lease.$Properties} supercloud.network.Lease.$Shape
             */

            /**
             * Constructs a new Lease.
             * @memberof supercloud.network
             * @classdesc Represents a Lease.
             * @constructor
             * @param {supercloud.network.Lease.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Lease = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Lease ip.
             * @member {string} ip
             * @memberof supercloud.network.Lease
             * @instance
             */
            Lease.prototype.ip = "";

            /**
             * Lease vmId.
             * @member {string} vmId
             * @memberof supercloud.network.Lease
             * @instance
             */
            Lease.prototype.vmId = "";

            /**
             * Lease peer.
             * @member {Uint8Array} peer
             * @memberof supercloud.network.Lease
             * @instance
             */
            Lease.prototype.peer = $util.newBuffer([]);

            /**
             * Lease mac.
             * @member {string} mac
             * @memberof supercloud.network.Lease
             * @instance
             */
            Lease.prototype.mac = "";

            /**
             * Lease atMs.
             * @member {number} atMs
             * @memberof supercloud.network.Lease
             * @instance
             */
            Lease.prototype.atMs = 0;

            /**
             * Creates a new Lease instance using the specified properties.
             * @function create
             * @memberof supercloud.network.Lease
             * @static
             * @param {supercloud.network.Lease.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.Lease} Lease instance
             * @type {{
             *   (properties: supercloud.network.Lease.$Shape): supercloud.network.Lease & supercloud.network.Lease.$Shape;
             *   (properties?: supercloud.network.Lease.$Properties): supercloud.network.Lease;
             * }}
             */
            Lease.create = function(properties) {
                return new Lease(properties);
            };

            /**
             * Encodes the specified Lease message. Does not implicitly {@link supercloud.network.Lease.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.Lease
             * @static
             * @param {supercloud.network.Lease.$Properties} m Lease message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lease.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.ip);
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.vmId);
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer") && m.peer.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.peer);
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.mac);
                if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs") && !$Object.is(m.atMs, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.atMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Lease message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.Lease
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.Lease & supercloud.network.Lease.$Shape} Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Lease.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.Lease();
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
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.peer = v;
                            else
                                delete m.peer;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mac = v;
                            else
                                delete m.mac;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.atMs = v;
                            else
                                delete m.atMs;
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
             * Creates a Lease message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.Lease
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.Lease} Lease
             */
            Lease.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.Lease)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.Lease: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.Lease();
                if (d.ip != null) {
                    if (typeof d.ip !== "string" || d.ip.length) {
                        m.ip = $String(d.ip);
                    }
                }
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.peer != null) {
                    if (d.peer.length) {
                        if (typeof d.peer === "string")
                            $util.base64.decode(d.peer, m.peer = $util.newBuffer($util.base64.length(d.peer)), 0);
                        else if (d.peer.length >= 0)
                            m.peer = d.peer;
                    }
                }
                if (d.mac != null) {
                    if (typeof d.mac !== "string" || d.mac.length) {
                        m.mac = $String(d.mac);
                    }
                }
                if (d.atMs != null) {
                    if (!$Object.is($Number(d.atMs), 0)) {
                        m.atMs = $Number(d.atMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Lease message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.Lease
             * @static
             * @param {supercloud.network.Lease} m Lease
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Lease.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ip = "";
                    d.vmId = "";
                    if (o.bytes === $String)
                        d.peer = "";
                    else {
                        d.peer = [];
                        if (o.bytes !== $Array)
                            d.peer = $util.newBuffer(d.peer);
                    }
                    d.mac = "";
                    d.atMs = 0;
                }
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                    d.ip = m.ip;
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                    d.peer = o.bytes === $String ? $util.base64.encode(m.peer, 0, m.peer.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.peer) : m.peer;
                }
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                    d.mac = m.mac;
                }
                if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs")) {
                    d.atMs = o.json && !$isFinite(m.atMs) ? $String(m.atMs) : m.atMs;
                }
                return d;
            };

            /**
             * Converts this Lease to JSON.
             * @function toJSON
             * @memberof supercloud.network.Lease
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Lease.prototype.toJSON = function() {
                return Lease.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Lease;
        })();

        network.Vnet = (function() {

            /**
             * Properties of a Vnet.
             * @typedef {Object} supercloud.network.Vnet.$Properties
             * @property {number|null} [id] Vnet id
             * @property {string|null} [name] Vnet name
             * @property {string|null} [cidr] Vnet cidr
             * @property {number|null} [mtu] Vnet mtu
             * @property {Array.<supercloud.network.Rule.$Properties>|null} [rules] Vnet rules
             * @property {Array.<supercloud.network.Lease.$Properties>|null} [leases] Vnet leases
             * @property {Uint8Array|null} [home] Vnet home
             * @property {number|null} [term] Vnet term
             * @property {number|null} [seq] Vnet seq
             * @property {boolean|null} [deleted] Vnet deleted
             * @property {number|null} [createdAtMs] Vnet createdAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Vnet.
             * @memberof supercloud.network
             * @interface IVnet
             * @augments supercloud.network.Vnet.$Properties
             * @deprecated Use supercloud.network.Vnet.$Properties instead.
             */

            /**
             * Shape of a Vnet.
             * @typedef {supercloud.network.Vnet.$Properties} supercloud.network.Vnet.$Shape
             */

            /**
             * Constructs a new Vnet.
             * @memberof supercloud.network
             * @classdesc Represents a Vnet.
             * @constructor
             * @param {supercloud.network.Vnet.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Vnet = function (p) {
                this.rules = [];
                this.leases = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Vnet id.
             * @member {number} id
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.id = 0;

            /**
             * Vnet name.
             * @member {string} name
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.name = "";

            /**
             * Vnet cidr.
             * @member {string} cidr
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.cidr = "";

            /**
             * Vnet mtu.
             * @member {number} mtu
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.mtu = 0;

            /**
             * Vnet rules.
             * @member {Array.<supercloud.network.Rule.$Properties>} rules
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.rules = $util.emptyArray;

            /**
             * Vnet leases.
             * @member {Array.<supercloud.network.Lease.$Properties>} leases
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.leases = $util.emptyArray;

            /**
             * Vnet home.
             * @member {Uint8Array} home
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.home = $util.newBuffer([]);

            /**
             * Vnet term.
             * @member {number} term
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.term = 0;

            /**
             * Vnet seq.
             * @member {number} seq
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.seq = 0;

            /**
             * Vnet deleted.
             * @member {boolean} deleted
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.deleted = false;

            /**
             * Vnet createdAtMs.
             * @member {number} createdAtMs
             * @memberof supercloud.network.Vnet
             * @instance
             */
            Vnet.prototype.createdAtMs = 0;

            /**
             * Creates a new Vnet instance using the specified properties.
             * @function create
             * @memberof supercloud.network.Vnet
             * @static
             * @param {supercloud.network.Vnet.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.Vnet} Vnet instance
             * @type {{
             *   (properties: supercloud.network.Vnet.$Shape): supercloud.network.Vnet & supercloud.network.Vnet.$Shape;
             *   (properties?: supercloud.network.Vnet.$Properties): supercloud.network.Vnet;
             * }}
             */
            Vnet.create = function(properties) {
                return new Vnet(properties);
            };

            /**
             * Encodes the specified Vnet message. Does not implicitly {@link supercloud.network.Vnet.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.Vnet
             * @static
             * @param {supercloud.network.Vnet.$Properties} m Vnet message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Vnet.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.cidr != null && $Object.hasOwnProperty.call(m, "cidr") && m.cidr !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.cidr);
                if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu") && m.mtu !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.mtu);
                if (m.rules != null && m.rules.length) {
                    for (var i = 0; i < m.rules.length; ++i)
                        $root.supercloud.network.Rule.encode(m.rules[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.leases != null && m.leases.length) {
                    for (var i = 0; i < m.leases.length; ++i)
                        $root.supercloud.network.Lease.encode(m.leases[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.home != null && $Object.hasOwnProperty.call(m, "home") && m.home.length)
                    w.uint32(/* id 7, wireType 2 =*/58).bytes(m.home);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && !$Object.is(m.term, 0))
                    w.uint32(/* id 8, wireType 1 =*/65).double(m.term);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && !$Object.is(m.seq, 0))
                    w.uint32(/* id 9, wireType 1 =*/73).double(m.seq);
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted") && m.deleted !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.deleted);
                if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && !$Object.is(m.createdAtMs, 0))
                    w.uint32(/* id 11, wireType 1 =*/89).double(m.createdAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Vnet message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.Vnet
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.Vnet & supercloud.network.Vnet.$Shape} Vnet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Vnet.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.Vnet();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cidr = v;
                            else
                                delete m.cidr;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.mtu = v;
                            else
                                delete m.mtu;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.rules && m.rules.length))
                                m.rules = [];
                            m.rules.push($root.supercloud.network.Rule.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.leases && m.leases.length))
                                m.leases = [];
                            m.leases.push($root.supercloud.network.Lease.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.home = v;
                            else
                                delete m.home;
                            continue;
                        }
                    case 8: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 9: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.deleted = v;
                            else
                                delete m.deleted;
                            continue;
                        }
                    case 11: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.createdAtMs = v;
                            else
                                delete m.createdAtMs;
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
             * Creates a Vnet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.Vnet
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.Vnet} Vnet
             */
            Vnet.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.Vnet)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.Vnet: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.Vnet();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.cidr != null) {
                    if (typeof d.cidr !== "string" || d.cidr.length) {
                        m.cidr = $String(d.cidr);
                    }
                }
                if (d.mtu != null) {
                    if ($Number(d.mtu) !== 0) {
                        m.mtu = d.mtu >>> 0;
                    }
                }
                if (d.rules) {
                    if (!$Array.isArray(d.rules))
                        throw $TypeError(".supercloud.network.Vnet.rules: array expected");
                    m.rules = $Array(d.rules.length);
                    for (var i = 0; i < d.rules.length; ++i) {
                        if (!$util.isObject(d.rules[i]))
                            throw $TypeError(".supercloud.network.Vnet.rules: object expected");
                        m.rules[i] = $root.supercloud.network.Rule.fromObject(d.rules[i], q + 1);
                    }
                }
                if (d.leases) {
                    if (!$Array.isArray(d.leases))
                        throw $TypeError(".supercloud.network.Vnet.leases: array expected");
                    m.leases = $Array(d.leases.length);
                    for (var i = 0; i < d.leases.length; ++i) {
                        if (!$util.isObject(d.leases[i]))
                            throw $TypeError(".supercloud.network.Vnet.leases: object expected");
                        m.leases[i] = $root.supercloud.network.Lease.fromObject(d.leases[i], q + 1);
                    }
                }
                if (d.home != null) {
                    if (d.home.length) {
                        if (typeof d.home === "string")
                            $util.base64.decode(d.home, m.home = $util.newBuffer($util.base64.length(d.home)), 0);
                        else if (d.home.length >= 0)
                            m.home = d.home;
                    }
                }
                if (d.term != null) {
                    if (!$Object.is($Number(d.term), 0)) {
                        m.term = $Number(d.term);
                    }
                }
                if (d.seq != null) {
                    if (!$Object.is($Number(d.seq), 0)) {
                        m.seq = $Number(d.seq);
                    }
                }
                if (d.deleted != null) {
                    if (d.deleted) {
                        m.deleted = $Boolean(d.deleted);
                    }
                }
                if (d.createdAtMs != null) {
                    if (!$Object.is($Number(d.createdAtMs), 0)) {
                        m.createdAtMs = $Number(d.createdAtMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Vnet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.Vnet
             * @static
             * @param {supercloud.network.Vnet} m Vnet
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Vnet.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.rules = [];
                    d.leases = [];
                }
                if (o.defaults) {
                    d.id = 0;
                    d.name = "";
                    d.cidr = "";
                    d.mtu = 0;
                    if (o.bytes === $String)
                        d.home = "";
                    else {
                        d.home = [];
                        if (o.bytes !== $Array)
                            d.home = $util.newBuffer(d.home);
                    }
                    d.term = 0;
                    d.seq = 0;
                    d.deleted = false;
                    d.createdAtMs = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.cidr != null && $Object.hasOwnProperty.call(m, "cidr")) {
                    d.cidr = m.cidr;
                }
                if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu")) {
                    d.mtu = m.mtu;
                }
                if (m.rules && m.rules.length) {
                    d.rules = $Array(m.rules.length);
                    for (var j = 0; j < m.rules.length; ++j) {
                        d.rules[j] = $root.supercloud.network.Rule.toObject(m.rules[j], o, q + 1);
                    }
                }
                if (m.leases && m.leases.length) {
                    d.leases = $Array(m.leases.length);
                    for (var j = 0; j < m.leases.length; ++j) {
                        d.leases[j] = $root.supercloud.network.Lease.toObject(m.leases[j], o, q + 1);
                    }
                }
                if (m.home != null && $Object.hasOwnProperty.call(m, "home")) {
                    d.home = o.bytes === $String ? $util.base64.encode(m.home, 0, m.home.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.home) : m.home;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    d.term = o.json && !$isFinite(m.term) ? $String(m.term) : m.term;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = o.json && !$isFinite(m.seq) ? $String(m.seq) : m.seq;
                }
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted")) {
                    d.deleted = m.deleted;
                }
                if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                    d.createdAtMs = o.json && !$isFinite(m.createdAtMs) ? $String(m.createdAtMs) : m.createdAtMs;
                }
                return d;
            };

            /**
             * Converts this Vnet to JSON.
             * @function toJSON
             * @memberof supercloud.network.Vnet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Vnet.prototype.toJSON = function() {
                return Vnet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Vnet;
        })();

        network.SignedVnet = (function() {

            /**
             * Properties of a SignedVnet.
             * @typedef {Object} supercloud.network.SignedVnet.$Properties
             * @property {Uint8Array|null} [vnet] SignedVnet vnet
             * @property {Uint8Array|null} [signature] SignedVnet signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedVnet.
             * @memberof supercloud.network
             * @interface ISignedVnet
             * @augments supercloud.network.SignedVnet.$Properties
             * @deprecated Use supercloud.network.SignedVnet.$Properties instead.
             */

            /**
             * Shape of a SignedVnet.
             * @typedef {supercloud.network.SignedVnet.$Properties} supercloud.network.SignedVnet.$Shape
             */

            /**
             * Constructs a new SignedVnet.
             * @memberof supercloud.network
             * @classdesc Represents a SignedVnet.
             * @constructor
             * @param {supercloud.network.SignedVnet.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedVnet = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedVnet vnet.
             * @member {Uint8Array} vnet
             * @memberof supercloud.network.SignedVnet
             * @instance
             */
            SignedVnet.prototype.vnet = $util.newBuffer([]);

            /**
             * SignedVnet signature.
             * @member {Uint8Array} signature
             * @memberof supercloud.network.SignedVnet
             * @instance
             */
            SignedVnet.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedVnet instance using the specified properties.
             * @function create
             * @memberof supercloud.network.SignedVnet
             * @static
             * @param {supercloud.network.SignedVnet.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.SignedVnet} SignedVnet instance
             * @type {{
             *   (properties: supercloud.network.SignedVnet.$Shape): supercloud.network.SignedVnet & supercloud.network.SignedVnet.$Shape;
             *   (properties?: supercloud.network.SignedVnet.$Properties): supercloud.network.SignedVnet;
             * }}
             */
            SignedVnet.create = function(properties) {
                return new SignedVnet(properties);
            };

            /**
             * Encodes the specified SignedVnet message. Does not implicitly {@link supercloud.network.SignedVnet.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.SignedVnet
             * @static
             * @param {supercloud.network.SignedVnet.$Properties} m SignedVnet message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedVnet.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vnet != null && $Object.hasOwnProperty.call(m, "vnet") && m.vnet.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.vnet);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SignedVnet message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.SignedVnet
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.SignedVnet & supercloud.network.SignedVnet.$Shape} SignedVnet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedVnet.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.SignedVnet();
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
                            if ((v = r.bytes()).length)
                                m.vnet = v;
                            else
                                delete m.vnet;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
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
             * Creates a SignedVnet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.SignedVnet
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.SignedVnet} SignedVnet
             */
            SignedVnet.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.SignedVnet)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.SignedVnet: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.SignedVnet();
                if (d.vnet != null) {
                    if (d.vnet.length) {
                        if (typeof d.vnet === "string")
                            $util.base64.decode(d.vnet, m.vnet = $util.newBuffer($util.base64.length(d.vnet)), 0);
                        else if (d.vnet.length >= 0)
                            m.vnet = d.vnet;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedVnet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.SignedVnet
             * @static
             * @param {supercloud.network.SignedVnet} m SignedVnet
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedVnet.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.vnet = "";
                    else {
                        d.vnet = [];
                        if (o.bytes !== $Array)
                            d.vnet = $util.newBuffer(d.vnet);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.vnet != null && $Object.hasOwnProperty.call(m, "vnet")) {
                    d.vnet = o.bytes === $String ? $util.base64.encode(m.vnet, 0, m.vnet.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.vnet) : m.vnet;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedVnet to JSON.
             * @function toJSON
             * @memberof supercloud.network.SignedVnet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedVnet.prototype.toJSON = function() {
                return SignedVnet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedVnet;
        })();

        network.NetRef = (function() {

            /**
             * Properties of a NetRef.
             * @typedef {Object} supercloud.network.NetRef.$Properties
             * @property {number|null} [id] NetRef id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetRef.
             * @memberof supercloud.network
             * @interface INetRef
             * @augments supercloud.network.NetRef.$Properties
             * @deprecated Use supercloud.network.NetRef.$Properties instead.
             */

            /**
             * Shape of a NetRef.
             * @typedef {supercloud.network.NetRef.$Properties} supercloud.network.NetRef.$Shape
             */

            /**
             * Constructs a new NetRef.
             * @memberof supercloud.network
             * @classdesc Represents a NetRef.
             * @constructor
             * @param {supercloud.network.NetRef.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetRef = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetRef id.
             * @member {number} id
             * @memberof supercloud.network.NetRef
             * @instance
             */
            NetRef.prototype.id = 0;

            /**
             * Creates a new NetRef instance using the specified properties.
             * @function create
             * @memberof supercloud.network.NetRef
             * @static
             * @param {supercloud.network.NetRef.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.NetRef} NetRef instance
             * @type {{
             *   (properties: supercloud.network.NetRef.$Shape): supercloud.network.NetRef & supercloud.network.NetRef.$Shape;
             *   (properties?: supercloud.network.NetRef.$Properties): supercloud.network.NetRef;
             * }}
             */
            NetRef.create = function(properties) {
                return new NetRef(properties);
            };

            /**
             * Encodes the specified NetRef message. Does not implicitly {@link supercloud.network.NetRef.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.NetRef
             * @static
             * @param {supercloud.network.NetRef.$Properties} m NetRef message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetRef.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetRef message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.NetRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.NetRef & supercloud.network.NetRef.$Shape} NetRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetRef.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.NetRef();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
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
             * Creates a NetRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.NetRef
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.NetRef} NetRef
             */
            NetRef.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.NetRef)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.NetRef: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.NetRef();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.NetRef
             * @static
             * @param {supercloud.network.NetRef} m NetRef
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetRef.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                return d;
            };

            /**
             * Converts this NetRef to JSON.
             * @function toJSON
             * @memberof supercloud.network.NetRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetRef.prototype.toJSON = function() {
                return NetRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetRef;
        })();

        network.SetRules = (function() {

            /**
             * Properties of a SetRules.
             * @typedef {Object} supercloud.network.SetRules.$Properties
             * @property {number|null} [id] SetRules id
             * @property {Array.<supercloud.network.Rule.$Properties>|null} [rules] SetRules rules
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetRules.
             * @memberof supercloud.network
             * @interface ISetRules
             * @augments supercloud.network.SetRules.$Properties
             * @deprecated Use supercloud.network.SetRules.$Properties instead.
             */

            /**
             * Shape of a SetRules.
             * @typedef {supercloud.network.SetRules.$Properties} supercloud.network.SetRules.$Shape
             */

            /**
             * Constructs a new SetRules.
             * @memberof supercloud.network
             * @classdesc Represents a SetRules.
             * @constructor
             * @param {supercloud.network.SetRules.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetRules = function (p) {
                this.rules = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetRules id.
             * @member {number} id
             * @memberof supercloud.network.SetRules
             * @instance
             */
            SetRules.prototype.id = 0;

            /**
             * SetRules rules.
             * @member {Array.<supercloud.network.Rule.$Properties>} rules
             * @memberof supercloud.network.SetRules
             * @instance
             */
            SetRules.prototype.rules = $util.emptyArray;

            /**
             * Creates a new SetRules instance using the specified properties.
             * @function create
             * @memberof supercloud.network.SetRules
             * @static
             * @param {supercloud.network.SetRules.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.SetRules} SetRules instance
             * @type {{
             *   (properties: supercloud.network.SetRules.$Shape): supercloud.network.SetRules & supercloud.network.SetRules.$Shape;
             *   (properties?: supercloud.network.SetRules.$Properties): supercloud.network.SetRules;
             * }}
             */
            SetRules.create = function(properties) {
                return new SetRules(properties);
            };

            /**
             * Encodes the specified SetRules message. Does not implicitly {@link supercloud.network.SetRules.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.SetRules
             * @static
             * @param {supercloud.network.SetRules.$Properties} m SetRules message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetRules.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.rules != null && m.rules.length) {
                    for (var i = 0; i < m.rules.length; ++i)
                        $root.supercloud.network.Rule.encode(m.rules[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SetRules message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.SetRules
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.SetRules & supercloud.network.SetRules.$Shape} SetRules
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetRules.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.SetRules();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.rules && m.rules.length))
                                m.rules = [];
                            m.rules.push($root.supercloud.network.Rule.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a SetRules message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.SetRules
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.SetRules} SetRules
             */
            SetRules.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.SetRules)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.SetRules: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.SetRules();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.rules) {
                    if (!$Array.isArray(d.rules))
                        throw $TypeError(".supercloud.network.SetRules.rules: array expected");
                    m.rules = $Array(d.rules.length);
                    for (var i = 0; i < d.rules.length; ++i) {
                        if (!$util.isObject(d.rules[i]))
                            throw $TypeError(".supercloud.network.SetRules.rules: object expected");
                        m.rules[i] = $root.supercloud.network.Rule.fromObject(d.rules[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetRules message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.SetRules
             * @static
             * @param {supercloud.network.SetRules} m SetRules
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetRules.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.rules = [];
                }
                if (o.defaults) {
                    d.id = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.rules && m.rules.length) {
                    d.rules = $Array(m.rules.length);
                    for (var j = 0; j < m.rules.length; ++j) {
                        d.rules[j] = $root.supercloud.network.Rule.toObject(m.rules[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SetRules to JSON.
             * @function toJSON
             * @memberof supercloud.network.SetRules
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetRules.prototype.toJSON = function() {
                return SetRules.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SetRules;
        })();

        network.LeaseRequest = (function() {

            /**
             * Properties of a LeaseRequest.
             * @typedef {Object} supercloud.network.LeaseRequest.$Properties
             * @property {number|null} [id] LeaseRequest id
             * @property {string|null} [vmId] LeaseRequest vmId
             * @property {string|null} [mac] LeaseRequest mac
             * @property {string|null} [ip] LeaseRequest ip
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaseRequest.
             * @memberof supercloud.network
             * @interface ILeaseRequest
             * @augments supercloud.network.LeaseRequest.$Properties
             * @deprecated Use supercloud.network.LeaseRequest.$Properties instead.
             */

            /**
             * Shape of a LeaseRequest.
             * @typedef {supercloud.network.LeaseRequest.$Properties} supercloud.network.LeaseRequest.$Shape
             */

            /**
             * Constructs a new LeaseRequest.
             * @memberof supercloud.network
             * @classdesc Represents a LeaseRequest.
             * @constructor
             * @param {supercloud.network.LeaseRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaseRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LeaseRequest id.
             * @member {number} id
             * @memberof supercloud.network.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.id = 0;

            /**
             * LeaseRequest vmId.
             * @member {string} vmId
             * @memberof supercloud.network.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.vmId = "";

            /**
             * LeaseRequest mac.
             * @member {string} mac
             * @memberof supercloud.network.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.mac = "";

            /**
             * LeaseRequest ip.
             * @member {string} ip
             * @memberof supercloud.network.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.ip = "";

            /**
             * Creates a new LeaseRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.network.LeaseRequest
             * @static
             * @param {supercloud.network.LeaseRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.LeaseRequest} LeaseRequest instance
             * @type {{
             *   (properties: supercloud.network.LeaseRequest.$Shape): supercloud.network.LeaseRequest & supercloud.network.LeaseRequest.$Shape;
             *   (properties?: supercloud.network.LeaseRequest.$Properties): supercloud.network.LeaseRequest;
             * }}
             */
            LeaseRequest.create = function(properties) {
                return new LeaseRequest(properties);
            };

            /**
             * Encodes the specified LeaseRequest message. Does not implicitly {@link supercloud.network.LeaseRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.LeaseRequest
             * @static
             * @param {supercloud.network.LeaseRequest.$Properties} m LeaseRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.vmId);
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.mac);
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.ip);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LeaseRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.LeaseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.LeaseRequest & supercloud.network.LeaseRequest.$Shape} LeaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.LeaseRequest();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mac = v;
                            else
                                delete m.mac;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
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
             * Creates a LeaseRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.LeaseRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.LeaseRequest} LeaseRequest
             */
            LeaseRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.LeaseRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.LeaseRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.LeaseRequest();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                if (d.mac != null) {
                    if (typeof d.mac !== "string" || d.mac.length) {
                        m.mac = $String(d.mac);
                    }
                }
                if (d.ip != null) {
                    if (typeof d.ip !== "string" || d.ip.length) {
                        m.ip = $String(d.ip);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LeaseRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.LeaseRequest
             * @static
             * @param {supercloud.network.LeaseRequest} m LeaseRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaseRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.vmId = "";
                    d.mac = "";
                    d.ip = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                    d.mac = m.mac;
                }
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                    d.ip = m.ip;
                }
                return d;
            };

            /**
             * Converts this LeaseRequest to JSON.
             * @function toJSON
             * @memberof supercloud.network.LeaseRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaseRequest.prototype.toJSON = function() {
                return LeaseRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LeaseRequest;
        })();

        network.ReleaseRequest = (function() {

            /**
             * Properties of a ReleaseRequest.
             * @typedef {Object} supercloud.network.ReleaseRequest.$Properties
             * @property {number|null} [id] ReleaseRequest id
             * @property {string|null} [vmId] ReleaseRequest vmId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleaseRequest.
             * @memberof supercloud.network
             * @interface IReleaseRequest
             * @augments supercloud.network.ReleaseRequest.$Properties
             * @deprecated Use supercloud.network.ReleaseRequest.$Properties instead.
             */

            /**
             * Shape of a ReleaseRequest.
             * @typedef {supercloud.network.ReleaseRequest.$Properties} supercloud.network.ReleaseRequest.$Shape
             */

            /**
             * Constructs a new ReleaseRequest.
             * @memberof supercloud.network
             * @classdesc Represents a ReleaseRequest.
             * @constructor
             * @param {supercloud.network.ReleaseRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleaseRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReleaseRequest id.
             * @member {number} id
             * @memberof supercloud.network.ReleaseRequest
             * @instance
             */
            ReleaseRequest.prototype.id = 0;

            /**
             * ReleaseRequest vmId.
             * @member {string} vmId
             * @memberof supercloud.network.ReleaseRequest
             * @instance
             */
            ReleaseRequest.prototype.vmId = "";

            /**
             * Creates a new ReleaseRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.network.ReleaseRequest
             * @static
             * @param {supercloud.network.ReleaseRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.ReleaseRequest} ReleaseRequest instance
             * @type {{
             *   (properties: supercloud.network.ReleaseRequest.$Shape): supercloud.network.ReleaseRequest & supercloud.network.ReleaseRequest.$Shape;
             *   (properties?: supercloud.network.ReleaseRequest.$Properties): supercloud.network.ReleaseRequest;
             * }}
             */
            ReleaseRequest.create = function(properties) {
                return new ReleaseRequest(properties);
            };

            /**
             * Encodes the specified ReleaseRequest message. Does not implicitly {@link supercloud.network.ReleaseRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.ReleaseRequest
             * @static
             * @param {supercloud.network.ReleaseRequest.$Properties} m ReleaseRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.vmId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ReleaseRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.ReleaseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.ReleaseRequest & supercloud.network.ReleaseRequest.$Shape} ReleaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.ReleaseRequest();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vmId = v;
                            else
                                delete m.vmId;
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
             * Creates a ReleaseRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.ReleaseRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.ReleaseRequest} ReleaseRequest
             */
            ReleaseRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.ReleaseRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.ReleaseRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.ReleaseRequest();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.vmId != null) {
                    if (typeof d.vmId !== "string" || d.vmId.length) {
                        m.vmId = $String(d.vmId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReleaseRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.ReleaseRequest
             * @static
             * @param {supercloud.network.ReleaseRequest} m ReleaseRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReleaseRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.vmId = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId")) {
                    d.vmId = m.vmId;
                }
                return d;
            };

            /**
             * Converts this ReleaseRequest to JSON.
             * @function toJSON
             * @memberof supercloud.network.ReleaseRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReleaseRequest.prototype.toJSON = function() {
                return ReleaseRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReleaseRequest;
        })();

        network.VersionQuery = (function() {

            /**
             * Properties of a VersionQuery.
             * @typedef {Object} supercloud.network.VersionQuery.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionQuery.
             * @memberof supercloud.network
             * @interface IVersionQuery
             * @augments supercloud.network.VersionQuery.$Properties
             * @deprecated Use supercloud.network.VersionQuery.$Properties instead.
             */

            /**
             * Shape of a VersionQuery.
             * @typedef {supercloud.network.VersionQuery.$Properties} supercloud.network.VersionQuery.$Shape
             */

            /**
             * Constructs a new VersionQuery.
             * @memberof supercloud.network
             * @classdesc Represents a VersionQuery.
             * @constructor
             * @param {supercloud.network.VersionQuery.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionQuery = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new VersionQuery instance using the specified properties.
             * @function create
             * @memberof supercloud.network.VersionQuery
             * @static
             * @param {supercloud.network.VersionQuery.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.VersionQuery} VersionQuery instance
             * @type {{
             *   (properties: supercloud.network.VersionQuery.$Shape): supercloud.network.VersionQuery & supercloud.network.VersionQuery.$Shape;
             *   (properties?: supercloud.network.VersionQuery.$Properties): supercloud.network.VersionQuery;
             * }}
             */
            VersionQuery.create = function(properties) {
                return new VersionQuery(properties);
            };

            /**
             * Encodes the specified VersionQuery message. Does not implicitly {@link supercloud.network.VersionQuery.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.VersionQuery
             * @static
             * @param {supercloud.network.VersionQuery.$Properties} m VersionQuery message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionQuery.encode = function (m, w, q) {
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
             * Decodes a VersionQuery message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.VersionQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.VersionQuery & supercloud.network.VersionQuery.$Shape} VersionQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionQuery.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.VersionQuery();
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
             * Creates a VersionQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.VersionQuery
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.VersionQuery} VersionQuery
             */
            VersionQuery.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.VersionQuery)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.VersionQuery: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.supercloud.network.VersionQuery();
            };

            /**
             * Creates a plain object from a VersionQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.VersionQuery
             * @static
             * @param {supercloud.network.VersionQuery} m VersionQuery
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionQuery.toObject = function () {
                return {};
            };

            /**
             * Converts this VersionQuery to JSON.
             * @function toJSON
             * @memberof supercloud.network.VersionQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionQuery.prototype.toJSON = function() {
                return VersionQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VersionQuery;
        })();

        network.NetVersion = (function() {

            /**
             * Properties of a NetVersion.
             * @typedef {Object} supercloud.network.NetVersion.$Properties
             * @property {number|null} [id] NetVersion id
             * @property {number|null} [term] NetVersion term
             * @property {number|null} [seq] NetVersion seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetVersion.
             * @memberof supercloud.network
             * @interface INetVersion
             * @augments supercloud.network.NetVersion.$Properties
             * @deprecated Use supercloud.network.NetVersion.$Properties instead.
             */

            /**
             * Shape of a NetVersion.
             * @typedef {supercloud.network.NetVersion.$Properties} supercloud.network.NetVersion.$Shape
             */

            /**
             * Constructs a new NetVersion.
             * @memberof supercloud.network
             * @classdesc Represents a NetVersion.
             * @constructor
             * @param {supercloud.network.NetVersion.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetVersion = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetVersion id.
             * @member {number} id
             * @memberof supercloud.network.NetVersion
             * @instance
             */
            NetVersion.prototype.id = 0;

            /**
             * NetVersion term.
             * @member {number} term
             * @memberof supercloud.network.NetVersion
             * @instance
             */
            NetVersion.prototype.term = 0;

            /**
             * NetVersion seq.
             * @member {number} seq
             * @memberof supercloud.network.NetVersion
             * @instance
             */
            NetVersion.prototype.seq = 0;

            /**
             * Creates a new NetVersion instance using the specified properties.
             * @function create
             * @memberof supercloud.network.NetVersion
             * @static
             * @param {supercloud.network.NetVersion.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.NetVersion} NetVersion instance
             * @type {{
             *   (properties: supercloud.network.NetVersion.$Shape): supercloud.network.NetVersion & supercloud.network.NetVersion.$Shape;
             *   (properties?: supercloud.network.NetVersion.$Properties): supercloud.network.NetVersion;
             * }}
             */
            NetVersion.create = function(properties) {
                return new NetVersion(properties);
            };

            /**
             * Encodes the specified NetVersion message. Does not implicitly {@link supercloud.network.NetVersion.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.NetVersion
             * @static
             * @param {supercloud.network.NetVersion.$Properties} m NetVersion message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetVersion.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && !$Object.is(m.term, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.term);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && !$Object.is(m.seq, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.seq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetVersion message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.NetVersion
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.NetVersion & supercloud.network.NetVersion.$Shape} NetVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetVersion.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.NetVersion();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.seq = v;
                            else
                                delete m.seq;
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
             * Creates a NetVersion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.NetVersion
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.NetVersion} NetVersion
             */
            NetVersion.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.NetVersion)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.NetVersion: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.NetVersion();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.term != null) {
                    if (!$Object.is($Number(d.term), 0)) {
                        m.term = $Number(d.term);
                    }
                }
                if (d.seq != null) {
                    if (!$Object.is($Number(d.seq), 0)) {
                        m.seq = $Number(d.seq);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetVersion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.NetVersion
             * @static
             * @param {supercloud.network.NetVersion} m NetVersion
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetVersion.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.term = 0;
                    d.seq = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    d.term = o.json && !$isFinite(m.term) ? $String(m.term) : m.term;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = o.json && !$isFinite(m.seq) ? $String(m.seq) : m.seq;
                }
                return d;
            };

            /**
             * Converts this NetVersion to JSON.
             * @function toJSON
             * @memberof supercloud.network.NetVersion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetVersion.prototype.toJSON = function() {
                return NetVersion.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetVersion;
        })();

        network.Versions = (function() {

            /**
             * Properties of a Versions.
             * @typedef {Object} supercloud.network.Versions.$Properties
             * @property {Array.<supercloud.network.NetVersion.$Properties>|null} [nets] Versions nets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Versions.
             * @memberof supercloud.network
             * @interface IVersions
             * @augments supercloud.network.Versions.$Properties
             * @deprecated Use supercloud.network.Versions.$Properties instead.
             */

            /**
             * Shape of a Versions.
             * @typedef {supercloud.network.Versions.$Properties} supercloud.network.Versions.$Shape
             */

            /**
             * Constructs a new Versions.
             * @memberof supercloud.network
             * @classdesc Represents a Versions.
             * @constructor
             * @param {supercloud.network.Versions.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Versions = function (p) {
                this.nets = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Versions nets.
             * @member {Array.<supercloud.network.NetVersion.$Properties>} nets
             * @memberof supercloud.network.Versions
             * @instance
             */
            Versions.prototype.nets = $util.emptyArray;

            /**
             * Creates a new Versions instance using the specified properties.
             * @function create
             * @memberof supercloud.network.Versions
             * @static
             * @param {supercloud.network.Versions.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.Versions} Versions instance
             * @type {{
             *   (properties: supercloud.network.Versions.$Shape): supercloud.network.Versions & supercloud.network.Versions.$Shape;
             *   (properties?: supercloud.network.Versions.$Properties): supercloud.network.Versions;
             * }}
             */
            Versions.create = function(properties) {
                return new Versions(properties);
            };

            /**
             * Encodes the specified Versions message. Does not implicitly {@link supercloud.network.Versions.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.Versions
             * @static
             * @param {supercloud.network.Versions.$Properties} m Versions message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Versions.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nets != null && m.nets.length) {
                    for (var i = 0; i < m.nets.length; ++i)
                        $root.supercloud.network.NetVersion.encode(m.nets[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Versions message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.Versions
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.Versions & supercloud.network.Versions.$Shape} Versions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Versions.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.Versions();
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
                            if (!(m.nets && m.nets.length))
                                m.nets = [];
                            m.nets.push($root.supercloud.network.NetVersion.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a Versions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.Versions
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.Versions} Versions
             */
            Versions.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.Versions)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.Versions: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.Versions();
                if (d.nets) {
                    if (!$Array.isArray(d.nets))
                        throw $TypeError(".supercloud.network.Versions.nets: array expected");
                    m.nets = $Array(d.nets.length);
                    for (var i = 0; i < d.nets.length; ++i) {
                        if (!$util.isObject(d.nets[i]))
                            throw $TypeError(".supercloud.network.Versions.nets: object expected");
                        m.nets[i] = $root.supercloud.network.NetVersion.fromObject(d.nets[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Versions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.Versions
             * @static
             * @param {supercloud.network.Versions} m Versions
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Versions.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.nets = [];
                }
                if (m.nets && m.nets.length) {
                    d.nets = $Array(m.nets.length);
                    for (var j = 0; j < m.nets.length; ++j) {
                        d.nets[j] = $root.supercloud.network.NetVersion.toObject(m.nets[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Versions to JSON.
             * @function toJSON
             * @memberof supercloud.network.Versions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Versions.prototype.toJSON = function() {
                return Versions.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Versions;
        })();

        network.NetList = (function() {

            /**
             * Properties of a NetList.
             * @typedef {Object} supercloud.network.NetList.$Properties
             * @property {Array.<supercloud.network.SignedVnet.$Properties>|null} [nets] NetList nets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetList.
             * @memberof supercloud.network
             * @interface INetList
             * @augments supercloud.network.NetList.$Properties
             * @deprecated Use supercloud.network.NetList.$Properties instead.
             */

            /**
             * Shape of a NetList.
             * @typedef {supercloud.network.NetList.$Properties} supercloud.network.NetList.$Shape
             */

            /**
             * Constructs a new NetList.
             * @memberof supercloud.network
             * @classdesc Represents a NetList.
             * @constructor
             * @param {supercloud.network.NetList.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetList = function (p) {
                this.nets = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetList nets.
             * @member {Array.<supercloud.network.SignedVnet.$Properties>} nets
             * @memberof supercloud.network.NetList
             * @instance
             */
            NetList.prototype.nets = $util.emptyArray;

            /**
             * Creates a new NetList instance using the specified properties.
             * @function create
             * @memberof supercloud.network.NetList
             * @static
             * @param {supercloud.network.NetList.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.NetList} NetList instance
             * @type {{
             *   (properties: supercloud.network.NetList.$Shape): supercloud.network.NetList & supercloud.network.NetList.$Shape;
             *   (properties?: supercloud.network.NetList.$Properties): supercloud.network.NetList;
             * }}
             */
            NetList.create = function(properties) {
                return new NetList(properties);
            };

            /**
             * Encodes the specified NetList message. Does not implicitly {@link supercloud.network.NetList.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.NetList
             * @static
             * @param {supercloud.network.NetList.$Properties} m NetList message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nets != null && m.nets.length) {
                    for (var i = 0; i < m.nets.length; ++i)
                        $root.supercloud.network.SignedVnet.encode(m.nets[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetList message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.NetList
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.NetList & supercloud.network.NetList.$Shape} NetList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetList.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.NetList();
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
                            if (!(m.nets && m.nets.length))
                                m.nets = [];
                            m.nets.push($root.supercloud.network.SignedVnet.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a NetList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.NetList
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.NetList} NetList
             */
            NetList.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.NetList)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.NetList: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.NetList();
                if (d.nets) {
                    if (!$Array.isArray(d.nets))
                        throw $TypeError(".supercloud.network.NetList.nets: array expected");
                    m.nets = $Array(d.nets.length);
                    for (var i = 0; i < d.nets.length; ++i) {
                        if (!$util.isObject(d.nets[i]))
                            throw $TypeError(".supercloud.network.NetList.nets: object expected");
                        m.nets[i] = $root.supercloud.network.SignedVnet.fromObject(d.nets[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.NetList
             * @static
             * @param {supercloud.network.NetList} m NetList
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetList.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.nets = [];
                }
                if (m.nets && m.nets.length) {
                    d.nets = $Array(m.nets.length);
                    for (var j = 0; j < m.nets.length; ++j) {
                        d.nets[j] = $root.supercloud.network.SignedVnet.toObject(m.nets[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this NetList to JSON.
             * @function toJSON
             * @memberof supercloud.network.NetList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetList.prototype.toJSON = function() {
                return NetList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetList;
        })();

        network.PortStats = (function() {

            /**
             * Properties of a PortStats.
             * @typedef {Object} supercloud.network.PortStats.$Properties
             * @property {string|null} [name] PortStats name
             * @property {string|null} [mac] PortStats mac
             * @property {string|null} [ip] PortStats ip
             * @property {number|null} [framesIn] PortStats framesIn
             * @property {number|null} [bytesIn] PortStats bytesIn
             * @property {number|null} [framesOut] PortStats framesOut
             * @property {number|null} [bytesOut] PortStats bytesOut
             * @property {Object.<string,number>|null} [drops] PortStats drops
             * @property {number|null} [arpAnswered] PortStats arpAnswered
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PortStats.
             * @memberof supercloud.network
             * @interface IPortStats
             * @augments supercloud.network.PortStats.$Properties
             * @deprecated Use supercloud.network.PortStats.$Properties instead.
             */

            /**
             * Shape of a PortStats.
             * @typedef {supercloud.network.PortStats.$Properties} supercloud.network.PortStats.$Shape
             */

            /**
             * Constructs a new PortStats.
             * @memberof supercloud.network
             * @classdesc Represents a PortStats.
             * @constructor
             * @param {supercloud.network.PortStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PortStats = function (p) {
                this.drops = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PortStats name.
             * @member {string} name
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.name = "";

            /**
             * PortStats mac.
             * @member {string} mac
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.mac = "";

            /**
             * PortStats ip.
             * @member {string} ip
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.ip = "";

            /**
             * PortStats framesIn.
             * @member {number} framesIn
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.framesIn = 0;

            /**
             * PortStats bytesIn.
             * @member {number} bytesIn
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.bytesIn = 0;

            /**
             * PortStats framesOut.
             * @member {number} framesOut
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.framesOut = 0;

            /**
             * PortStats bytesOut.
             * @member {number} bytesOut
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.bytesOut = 0;

            /**
             * PortStats drops.
             * @member {Object.<string,number>} drops
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.drops = $util.emptyObject;

            /**
             * PortStats arpAnswered.
             * @member {number} arpAnswered
             * @memberof supercloud.network.PortStats
             * @instance
             */
            PortStats.prototype.arpAnswered = 0;

            /**
             * Creates a new PortStats instance using the specified properties.
             * @function create
             * @memberof supercloud.network.PortStats
             * @static
             * @param {supercloud.network.PortStats.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.PortStats} PortStats instance
             * @type {{
             *   (properties: supercloud.network.PortStats.$Shape): supercloud.network.PortStats & supercloud.network.PortStats.$Shape;
             *   (properties?: supercloud.network.PortStats.$Properties): supercloud.network.PortStats;
             * }}
             */
            PortStats.create = function(properties) {
                return new PortStats(properties);
            };

            /**
             * Encodes the specified PortStats message. Does not implicitly {@link supercloud.network.PortStats.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.PortStats
             * @static
             * @param {supercloud.network.PortStats.$Properties} m PortStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.mac);
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.ip);
                if (m.framesIn != null && $Object.hasOwnProperty.call(m, "framesIn") && !$Object.is(m.framesIn, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.framesIn);
                if (m.bytesIn != null && $Object.hasOwnProperty.call(m, "bytesIn") && !$Object.is(m.bytesIn, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.bytesIn);
                if (m.framesOut != null && $Object.hasOwnProperty.call(m, "framesOut") && !$Object.is(m.framesOut, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.framesOut);
                if (m.bytesOut != null && $Object.hasOwnProperty.call(m, "bytesOut") && !$Object.is(m.bytesOut, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.bytesOut);
                if (m.drops != null && $Object.hasOwnProperty.call(m, "drops")) {
                    for (var ks = $Object.keys(m.drops), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 1 =*/17).double(m.drops[ks[i]]).ldelim();
                    }
                }
                if (m.arpAnswered != null && $Object.hasOwnProperty.call(m, "arpAnswered") && !$Object.is(m.arpAnswered, 0))
                    w.uint32(/* id 9, wireType 1 =*/73).double(m.arpAnswered);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PortStats message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.PortStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.PortStats & supercloud.network.PortStats.$Shape} PortStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortStats.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.network.PortStats();
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
                                m.mac = v;
                            else
                                delete m.mac;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.framesIn = v;
                            else
                                delete m.framesIn;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.bytesIn = v;
                            else
                                delete m.bytesIn;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.framesOut = v;
                            else
                                delete m.framesOut;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.bytesOut = v;
                            else
                                delete m.bytesOut;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (m.drops === $util.emptyObject)
                                m.drops = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = 0;
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 1)
                                        break;
                                    v = r.double();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.drops, k);
                            m.drops[k] = v;
                            continue;
                        }
                    case 9: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.arpAnswered = v;
                            else
                                delete m.arpAnswered;
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
             * Creates a PortStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.PortStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.PortStats} PortStats
             */
            PortStats.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.PortStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.PortStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.PortStats();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.mac != null) {
                    if (typeof d.mac !== "string" || d.mac.length) {
                        m.mac = $String(d.mac);
                    }
                }
                if (d.ip != null) {
                    if (typeof d.ip !== "string" || d.ip.length) {
                        m.ip = $String(d.ip);
                    }
                }
                if (d.framesIn != null) {
                    if (!$Object.is($Number(d.framesIn), 0)) {
                        m.framesIn = $Number(d.framesIn);
                    }
                }
                if (d.bytesIn != null) {
                    if (!$Object.is($Number(d.bytesIn), 0)) {
                        m.bytesIn = $Number(d.bytesIn);
                    }
                }
                if (d.framesOut != null) {
                    if (!$Object.is($Number(d.framesOut), 0)) {
                        m.framesOut = $Number(d.framesOut);
                    }
                }
                if (d.bytesOut != null) {
                    if (!$Object.is($Number(d.bytesOut), 0)) {
                        m.bytesOut = $Number(d.bytesOut);
                    }
                }
                if (d.drops) {
                    if (!$util.isObject(d.drops))
                        throw $TypeError(".supercloud.network.PortStats.drops: object expected");
                    m.drops = {};
                    for (var ks = $Object.keys(d.drops), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.drops, ks[i]);
                        m.drops[ks[i]] = $Number(d.drops[ks[i]]);
                    }
                }
                if (d.arpAnswered != null) {
                    if (!$Object.is($Number(d.arpAnswered), 0)) {
                        m.arpAnswered = $Number(d.arpAnswered);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PortStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.PortStats
             * @static
             * @param {supercloud.network.PortStats} m PortStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PortStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.drops = {};
                }
                if (o.defaults) {
                    d.name = "";
                    d.mac = "";
                    d.ip = "";
                    d.framesIn = 0;
                    d.bytesIn = 0;
                    d.framesOut = 0;
                    d.bytesOut = 0;
                    d.arpAnswered = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                    d.mac = m.mac;
                }
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                    d.ip = m.ip;
                }
                if (m.framesIn != null && $Object.hasOwnProperty.call(m, "framesIn")) {
                    d.framesIn = o.json && !$isFinite(m.framesIn) ? $String(m.framesIn) : m.framesIn;
                }
                if (m.bytesIn != null && $Object.hasOwnProperty.call(m, "bytesIn")) {
                    d.bytesIn = o.json && !$isFinite(m.bytesIn) ? $String(m.bytesIn) : m.bytesIn;
                }
                if (m.framesOut != null && $Object.hasOwnProperty.call(m, "framesOut")) {
                    d.framesOut = o.json && !$isFinite(m.framesOut) ? $String(m.framesOut) : m.framesOut;
                }
                if (m.bytesOut != null && $Object.hasOwnProperty.call(m, "bytesOut")) {
                    d.bytesOut = o.json && !$isFinite(m.bytesOut) ? $String(m.bytesOut) : m.bytesOut;
                }
                var ks2;
                if (m.drops && (ks2 = $Object.keys(m.drops)).length) {
                    d.drops = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.drops, ks2[j]);
                        d.drops[ks2[j]] = o.json && !$isFinite(m.drops[ks2[j]]) ? $String(m.drops[ks2[j]]) : m.drops[ks2[j]];
                    }
                }
                if (m.arpAnswered != null && $Object.hasOwnProperty.call(m, "arpAnswered")) {
                    d.arpAnswered = o.json && !$isFinite(m.arpAnswered) ? $String(m.arpAnswered) : m.arpAnswered;
                }
                return d;
            };

            /**
             * Converts this PortStats to JSON.
             * @function toJSON
             * @memberof supercloud.network.PortStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PortStats.prototype.toJSON = function() {
                return PortStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PortStats;
        })();

        network.TunnelStats = (function() {

            /**
             * Properties of a TunnelStats.
             * @typedef {Object} supercloud.network.TunnelStats.$Properties
             * @property {Uint8Array|null} [peer] TunnelStats peer
             * @property {number|null} [framesIn] TunnelStats framesIn
             * @property {number|null} [bytesIn] TunnelStats bytesIn
             * @property {number|null} [framesOut] TunnelStats framesOut
             * @property {number|null} [bytesOut] TunnelStats bytesOut
             * @property {number|null} [batchesIn] TunnelStats batchesIn
             * @property {number|null} [batchesOut] TunnelStats batchesOut
             * @property {Object.<string,number>|null} [drops] TunnelStats drops
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TunnelStats.
             * @memberof supercloud.network
             * @interface ITunnelStats
             * @augments supercloud.network.TunnelStats.$Properties
             * @deprecated Use supercloud.network.TunnelStats.$Properties instead.
             */

            /**
             * Shape of a TunnelStats.
             * @typedef {supercloud.network.TunnelStats.$Properties} supercloud.network.TunnelStats.$Shape
             */

            /**
             * Constructs a new TunnelStats.
             * @memberof supercloud.network
             * @classdesc Represents a TunnelStats.
             * @constructor
             * @param {supercloud.network.TunnelStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TunnelStats = function (p) {
                this.drops = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TunnelStats peer.
             * @member {Uint8Array} peer
             * @memberof supercloud.network.TunnelStats
             * @instance
             */
            TunnelStats.prototype.peer = $util.newBuffer([]);

            /**
             * TunnelStats framesIn.
             * @member {number} framesIn
             * @memberof supercloud.network.TunnelStats
             * @instance
             */
            TunnelStats.prototype.framesIn = 0;

            /**
             * TunnelStats bytesIn.
             * @member {number} bytesIn
             * @memberof supercloud.network.TunnelStats
             * @instance
             */
            TunnelStats.prototype.bytesIn = 0;

            /**
             * TunnelStats framesOut.
             * @member {number} framesOut
             * @memberof supercloud.network.TunnelStats
             * @instance
             */
            TunnelStats.prototype.framesOut = 0;

            /**
             * TunnelStats bytesOut.
             * @member {number} bytesOut
             * @memberof supercloud.network.TunnelStats
             * @instance
             */
            TunnelStats.prototype.bytesOut = 0;

            /**
             * TunnelStats batchesIn.
             * @member {number} batchesIn
             * @memberof supercloud.network.TunnelStats
             * @instance
             */
            TunnelStats.prototype.batchesIn = 0;

            /**
             * TunnelStats batchesOut.
             * @member {number} batchesOut
             * @memberof supercloud.network.TunnelStats
             * @instance
             */
            TunnelStats.prototype.batchesOut = 0;

            /**
             * TunnelStats drops.
             * @member {Object.<string,number>} drops
             * @memberof supercloud.network.TunnelStats
             * @instance
             */
            TunnelStats.prototype.drops = $util.emptyObject;

            /**
             * Creates a new TunnelStats instance using the specified properties.
             * @function create
             * @memberof supercloud.network.TunnelStats
             * @static
             * @param {supercloud.network.TunnelStats.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.TunnelStats} TunnelStats instance
             * @type {{
             *   (properties: supercloud.network.TunnelStats.$Shape): supercloud.network.TunnelStats & supercloud.network.TunnelStats.$Shape;
             *   (properties?: supercloud.network.TunnelStats.$Properties): supercloud.network.TunnelStats;
             * }}
             */
            TunnelStats.create = function(properties) {
                return new TunnelStats(properties);
            };

            /**
             * Encodes the specified TunnelStats message. Does not implicitly {@link supercloud.network.TunnelStats.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.TunnelStats
             * @static
             * @param {supercloud.network.TunnelStats.$Properties} m TunnelStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TunnelStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer") && m.peer.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.peer);
                if (m.framesIn != null && $Object.hasOwnProperty.call(m, "framesIn") && !$Object.is(m.framesIn, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.framesIn);
                if (m.bytesIn != null && $Object.hasOwnProperty.call(m, "bytesIn") && !$Object.is(m.bytesIn, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.bytesIn);
                if (m.framesOut != null && $Object.hasOwnProperty.call(m, "framesOut") && !$Object.is(m.framesOut, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.framesOut);
                if (m.bytesOut != null && $Object.hasOwnProperty.call(m, "bytesOut") && !$Object.is(m.bytesOut, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.bytesOut);
                if (m.batchesIn != null && $Object.hasOwnProperty.call(m, "batchesIn") && !$Object.is(m.batchesIn, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.batchesIn);
                if (m.batchesOut != null && $Object.hasOwnProperty.call(m, "batchesOut") && !$Object.is(m.batchesOut, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.batchesOut);
                if (m.drops != null && $Object.hasOwnProperty.call(m, "drops")) {
                    for (var ks = $Object.keys(m.drops), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 1 =*/17).double(m.drops[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TunnelStats message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.TunnelStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.TunnelStats & supercloud.network.TunnelStats.$Shape} TunnelStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TunnelStats.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.network.TunnelStats();
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
                            if ((v = r.bytes()).length)
                                m.peer = v;
                            else
                                delete m.peer;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.framesIn = v;
                            else
                                delete m.framesIn;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.bytesIn = v;
                            else
                                delete m.bytesIn;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.framesOut = v;
                            else
                                delete m.framesOut;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.bytesOut = v;
                            else
                                delete m.bytesOut;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.batchesIn = v;
                            else
                                delete m.batchesIn;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.batchesOut = v;
                            else
                                delete m.batchesOut;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (m.drops === $util.emptyObject)
                                m.drops = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = 0;
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 1)
                                        break;
                                    v = r.double();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.drops, k);
                            m.drops[k] = v;
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
             * Creates a TunnelStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.TunnelStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.TunnelStats} TunnelStats
             */
            TunnelStats.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.TunnelStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.TunnelStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.TunnelStats();
                if (d.peer != null) {
                    if (d.peer.length) {
                        if (typeof d.peer === "string")
                            $util.base64.decode(d.peer, m.peer = $util.newBuffer($util.base64.length(d.peer)), 0);
                        else if (d.peer.length >= 0)
                            m.peer = d.peer;
                    }
                }
                if (d.framesIn != null) {
                    if (!$Object.is($Number(d.framesIn), 0)) {
                        m.framesIn = $Number(d.framesIn);
                    }
                }
                if (d.bytesIn != null) {
                    if (!$Object.is($Number(d.bytesIn), 0)) {
                        m.bytesIn = $Number(d.bytesIn);
                    }
                }
                if (d.framesOut != null) {
                    if (!$Object.is($Number(d.framesOut), 0)) {
                        m.framesOut = $Number(d.framesOut);
                    }
                }
                if (d.bytesOut != null) {
                    if (!$Object.is($Number(d.bytesOut), 0)) {
                        m.bytesOut = $Number(d.bytesOut);
                    }
                }
                if (d.batchesIn != null) {
                    if (!$Object.is($Number(d.batchesIn), 0)) {
                        m.batchesIn = $Number(d.batchesIn);
                    }
                }
                if (d.batchesOut != null) {
                    if (!$Object.is($Number(d.batchesOut), 0)) {
                        m.batchesOut = $Number(d.batchesOut);
                    }
                }
                if (d.drops) {
                    if (!$util.isObject(d.drops))
                        throw $TypeError(".supercloud.network.TunnelStats.drops: object expected");
                    m.drops = {};
                    for (var ks = $Object.keys(d.drops), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.drops, ks[i]);
                        m.drops[ks[i]] = $Number(d.drops[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TunnelStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.TunnelStats
             * @static
             * @param {supercloud.network.TunnelStats} m TunnelStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TunnelStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.drops = {};
                }
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.peer = "";
                    else {
                        d.peer = [];
                        if (o.bytes !== $Array)
                            d.peer = $util.newBuffer(d.peer);
                    }
                    d.framesIn = 0;
                    d.bytesIn = 0;
                    d.framesOut = 0;
                    d.bytesOut = 0;
                    d.batchesIn = 0;
                    d.batchesOut = 0;
                }
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                    d.peer = o.bytes === $String ? $util.base64.encode(m.peer, 0, m.peer.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.peer) : m.peer;
                }
                if (m.framesIn != null && $Object.hasOwnProperty.call(m, "framesIn")) {
                    d.framesIn = o.json && !$isFinite(m.framesIn) ? $String(m.framesIn) : m.framesIn;
                }
                if (m.bytesIn != null && $Object.hasOwnProperty.call(m, "bytesIn")) {
                    d.bytesIn = o.json && !$isFinite(m.bytesIn) ? $String(m.bytesIn) : m.bytesIn;
                }
                if (m.framesOut != null && $Object.hasOwnProperty.call(m, "framesOut")) {
                    d.framesOut = o.json && !$isFinite(m.framesOut) ? $String(m.framesOut) : m.framesOut;
                }
                if (m.bytesOut != null && $Object.hasOwnProperty.call(m, "bytesOut")) {
                    d.bytesOut = o.json && !$isFinite(m.bytesOut) ? $String(m.bytesOut) : m.bytesOut;
                }
                if (m.batchesIn != null && $Object.hasOwnProperty.call(m, "batchesIn")) {
                    d.batchesIn = o.json && !$isFinite(m.batchesIn) ? $String(m.batchesIn) : m.batchesIn;
                }
                if (m.batchesOut != null && $Object.hasOwnProperty.call(m, "batchesOut")) {
                    d.batchesOut = o.json && !$isFinite(m.batchesOut) ? $String(m.batchesOut) : m.batchesOut;
                }
                var ks2;
                if (m.drops && (ks2 = $Object.keys(m.drops)).length) {
                    d.drops = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.drops, ks2[j]);
                        d.drops[ks2[j]] = o.json && !$isFinite(m.drops[ks2[j]]) ? $String(m.drops[ks2[j]]) : m.drops[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this TunnelStats to JSON.
             * @function toJSON
             * @memberof supercloud.network.TunnelStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TunnelStats.prototype.toJSON = function() {
                return TunnelStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TunnelStats;
        })();

        network.StatsQuery = (function() {

            /**
             * Properties of a StatsQuery.
             * @typedef {Object} supercloud.network.StatsQuery.$Properties
             * @property {number|null} [id] StatsQuery id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsQuery.
             * @memberof supercloud.network
             * @interface IStatsQuery
             * @augments supercloud.network.StatsQuery.$Properties
             * @deprecated Use supercloud.network.StatsQuery.$Properties instead.
             */

            /**
             * Shape of a StatsQuery.
             * @typedef {supercloud.network.StatsQuery.$Properties} supercloud.network.StatsQuery.$Shape
             */

            /**
             * Constructs a new StatsQuery.
             * @memberof supercloud.network
             * @classdesc Represents a StatsQuery.
             * @constructor
             * @param {supercloud.network.StatsQuery.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatsQuery = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StatsQuery id.
             * @member {number} id
             * @memberof supercloud.network.StatsQuery
             * @instance
             */
            StatsQuery.prototype.id = 0;

            /**
             * Creates a new StatsQuery instance using the specified properties.
             * @function create
             * @memberof supercloud.network.StatsQuery
             * @static
             * @param {supercloud.network.StatsQuery.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.StatsQuery} StatsQuery instance
             * @type {{
             *   (properties: supercloud.network.StatsQuery.$Shape): supercloud.network.StatsQuery & supercloud.network.StatsQuery.$Shape;
             *   (properties?: supercloud.network.StatsQuery.$Properties): supercloud.network.StatsQuery;
             * }}
             */
            StatsQuery.create = function(properties) {
                return new StatsQuery(properties);
            };

            /**
             * Encodes the specified StatsQuery message. Does not implicitly {@link supercloud.network.StatsQuery.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.StatsQuery
             * @static
             * @param {supercloud.network.StatsQuery.$Properties} m StatsQuery message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatsQuery.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StatsQuery message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.StatsQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.StatsQuery & supercloud.network.StatsQuery.$Shape} StatsQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatsQuery.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.StatsQuery();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
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
             * Creates a StatsQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.StatsQuery
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.StatsQuery} StatsQuery
             */
            StatsQuery.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.StatsQuery)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.StatsQuery: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.StatsQuery();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StatsQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.StatsQuery
             * @static
             * @param {supercloud.network.StatsQuery} m StatsQuery
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatsQuery.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                return d;
            };

            /**
             * Converts this StatsQuery to JSON.
             * @function toJSON
             * @memberof supercloud.network.StatsQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatsQuery.prototype.toJSON = function() {
                return StatsQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StatsQuery;
        })();

        network.SwitchStats = (function() {

            /**
             * Properties of a SwitchStats.
             * @typedef {Object} supercloud.network.SwitchStats.$Properties
             * @property {Array.<supercloud.network.PortStats.$Properties>|null} [ports] SwitchStats ports
             * @property {Array.<supercloud.network.TunnelStats.$Properties>|null} [tunnels] SwitchStats tunnels
             * @property {Object.<string,number>|null} [drops] SwitchStats drops
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SwitchStats.
             * @memberof supercloud.network
             * @interface ISwitchStats
             * @augments supercloud.network.SwitchStats.$Properties
             * @deprecated Use supercloud.network.SwitchStats.$Properties instead.
             */

            /**
             * Shape of a SwitchStats.
             * @typedef {supercloud.network.SwitchStats.$Properties} supercloud.network.SwitchStats.$Shape
             */

            /**
             * Constructs a new SwitchStats.
             * @memberof supercloud.network
             * @classdesc Represents a SwitchStats.
             * @constructor
             * @param {supercloud.network.SwitchStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SwitchStats = function (p) {
                this.ports = [];
                this.tunnels = [];
                this.drops = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SwitchStats ports.
             * @member {Array.<supercloud.network.PortStats.$Properties>} ports
             * @memberof supercloud.network.SwitchStats
             * @instance
             */
            SwitchStats.prototype.ports = $util.emptyArray;

            /**
             * SwitchStats tunnels.
             * @member {Array.<supercloud.network.TunnelStats.$Properties>} tunnels
             * @memberof supercloud.network.SwitchStats
             * @instance
             */
            SwitchStats.prototype.tunnels = $util.emptyArray;

            /**
             * SwitchStats drops.
             * @member {Object.<string,number>} drops
             * @memberof supercloud.network.SwitchStats
             * @instance
             */
            SwitchStats.prototype.drops = $util.emptyObject;

            /**
             * Creates a new SwitchStats instance using the specified properties.
             * @function create
             * @memberof supercloud.network.SwitchStats
             * @static
             * @param {supercloud.network.SwitchStats.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.SwitchStats} SwitchStats instance
             * @type {{
             *   (properties: supercloud.network.SwitchStats.$Shape): supercloud.network.SwitchStats & supercloud.network.SwitchStats.$Shape;
             *   (properties?: supercloud.network.SwitchStats.$Properties): supercloud.network.SwitchStats;
             * }}
             */
            SwitchStats.create = function(properties) {
                return new SwitchStats(properties);
            };

            /**
             * Encodes the specified SwitchStats message. Does not implicitly {@link supercloud.network.SwitchStats.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.SwitchStats
             * @static
             * @param {supercloud.network.SwitchStats.$Properties} m SwitchStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SwitchStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.supercloud.network.PortStats.encode(m.ports[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.tunnels != null && m.tunnels.length) {
                    for (var i = 0; i < m.tunnels.length; ++i)
                        $root.supercloud.network.TunnelStats.encode(m.tunnels[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.drops != null && $Object.hasOwnProperty.call(m, "drops")) {
                    for (var ks = $Object.keys(m.drops), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 1 =*/17).double(m.drops[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SwitchStats message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.SwitchStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.SwitchStats & supercloud.network.SwitchStats.$Shape} SwitchStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SwitchStats.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.network.SwitchStats();
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
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.supercloud.network.PortStats.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.tunnels && m.tunnels.length))
                                m.tunnels = [];
                            m.tunnels.push($root.supercloud.network.TunnelStats.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.drops === $util.emptyObject)
                                m.drops = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = 0;
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 1)
                                        break;
                                    v = r.double();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.drops, k);
                            m.drops[k] = v;
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
             * Creates a SwitchStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.SwitchStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.SwitchStats} SwitchStats
             */
            SwitchStats.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.SwitchStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.SwitchStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.SwitchStats();
                if (d.ports) {
                    if (!$Array.isArray(d.ports))
                        throw $TypeError(".supercloud.network.SwitchStats.ports: array expected");
                    m.ports = $Array(d.ports.length);
                    for (var i = 0; i < d.ports.length; ++i) {
                        if (!$util.isObject(d.ports[i]))
                            throw $TypeError(".supercloud.network.SwitchStats.ports: object expected");
                        m.ports[i] = $root.supercloud.network.PortStats.fromObject(d.ports[i], q + 1);
                    }
                }
                if (d.tunnels) {
                    if (!$Array.isArray(d.tunnels))
                        throw $TypeError(".supercloud.network.SwitchStats.tunnels: array expected");
                    m.tunnels = $Array(d.tunnels.length);
                    for (var i = 0; i < d.tunnels.length; ++i) {
                        if (!$util.isObject(d.tunnels[i]))
                            throw $TypeError(".supercloud.network.SwitchStats.tunnels: object expected");
                        m.tunnels[i] = $root.supercloud.network.TunnelStats.fromObject(d.tunnels[i], q + 1);
                    }
                }
                if (d.drops) {
                    if (!$util.isObject(d.drops))
                        throw $TypeError(".supercloud.network.SwitchStats.drops: object expected");
                    m.drops = {};
                    for (var ks = $Object.keys(d.drops), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.drops, ks[i]);
                        m.drops[ks[i]] = $Number(d.drops[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SwitchStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.SwitchStats
             * @static
             * @param {supercloud.network.SwitchStats} m SwitchStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SwitchStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ports = [];
                    d.tunnels = [];
                }
                if (o.objects || o.defaults) {
                    d.drops = {};
                }
                if (m.ports && m.ports.length) {
                    d.ports = $Array(m.ports.length);
                    for (var j = 0; j < m.ports.length; ++j) {
                        d.ports[j] = $root.supercloud.network.PortStats.toObject(m.ports[j], o, q + 1);
                    }
                }
                if (m.tunnels && m.tunnels.length) {
                    d.tunnels = $Array(m.tunnels.length);
                    for (var j = 0; j < m.tunnels.length; ++j) {
                        d.tunnels[j] = $root.supercloud.network.TunnelStats.toObject(m.tunnels[j], o, q + 1);
                    }
                }
                var ks2;
                if (m.drops && (ks2 = $Object.keys(m.drops)).length) {
                    d.drops = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.drops, ks2[j]);
                        d.drops[ks2[j]] = o.json && !$isFinite(m.drops[ks2[j]]) ? $String(m.drops[ks2[j]]) : m.drops[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this SwitchStats to JSON.
             * @function toJSON
             * @memberof supercloud.network.SwitchStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SwitchStats.prototype.toJSON = function() {
                return SwitchStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SwitchStats;
        })();

        network.NetRequest = (function() {

            /**
             * Properties of a NetRequest.
             * @typedef {Object} supercloud.network.NetRequest.$Properties
             * @property {supercloud.network.NetList.$Properties|null} [pull] NetRequest pull
             * @property {supercloud.network.NetRef.$Properties|null} [remove] NetRequest remove
             * @property {supercloud.network.SetRules.$Properties|null} [rules] NetRequest rules
             * @property {supercloud.network.LeaseRequest.$Properties|null} [lease] NetRequest lease
             * @property {supercloud.network.ReleaseRequest.$Properties|null} [release] NetRequest release
             * @property {supercloud.network.VersionQuery.$Properties|null} [versions] NetRequest versions
             * @property {supercloud.network.StatsQuery.$Properties|null} [stats] NetRequest stats
             * @property {"pull"|"remove"|"rules"|"lease"|"release"|"versions"|"stats"} [op] NetRequest op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetRequest.
             * @memberof supercloud.network
             * @interface INetRequest
             * @augments supercloud.network.NetRequest.$Properties
             * @deprecated Use supercloud.network.NetRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a NetRequest.
             * @typedef {{
             *   pull?: supercloud.network.NetList.$Shape|null;
             *   remove?: supercloud.network.NetRef.$Shape|null;
             *   rules?: supercloud.network.SetRules.$Shape|null;
             *   lease?: supercloud.network.LeaseRequest.$Shape|null;
             *   release?: supercloud.network.ReleaseRequest.$Shape|null;
             *   versions?: supercloud.network.VersionQuery.$Shape|null;
             *   stats?: supercloud.network.StatsQuery.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; pull?: null; remove?: null; rules?: null; lease?: null; release?: null; versions?: null; stats?: null }|{ op?: "pull"; pull: supercloud.network.NetList.$Shape; remove?: null; rules?: null; lease?: null; release?: null; versions?: null; stats?: null }|{ op?: "remove"; pull?: null; remove: supercloud.network.NetRef.$Shape; rules?: null; lease?: null; release?: null; versions?: null; stats?: null }|{ op?: "rules"; pull?: null; remove?: null; rules: supercloud.network.SetRules.$Shape; lease?: null; release?: null; versions?: null; stats?: null }|{ op?: "lease"; pull?: null; remove?: null; rules?: null; lease: supercloud.network.LeaseRequest.$Shape; release?: null; versions?: null; stats?: null }|{ op?: "release"; pull?: null; remove?: null; rules?: null; lease?: null; release: supercloud.network.ReleaseRequest.$Shape; versions?: null; stats?: null }|{ op?: "versions"; pull?: null; remove?: null; rules?: null; lease?: null; release?: null; versions: supercloud.network.VersionQuery.$Shape; stats?: null }|{ op?: "stats"; pull?: null; remove?: null; rules?: null; lease?: null; release?: null; versions?: null; stats: supercloud.network.StatsQuery.$Shape })
             * )} supercloud.network.NetRequest.$Shape
             */

            /**
             * Constructs a new NetRequest.
             * @memberof supercloud.network
             * @classdesc Represents a NetRequest.
             * @constructor
             * @param {supercloud.network.NetRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetRequest pull.
             * @member {supercloud.network.NetList.$Properties|null|undefined} pull
             * @memberof supercloud.network.NetRequest
             * @instance
             */
            NetRequest.prototype.pull = null;

            /**
             * NetRequest remove.
             * @member {supercloud.network.NetRef.$Properties|null|undefined} remove
             * @memberof supercloud.network.NetRequest
             * @instance
             */
            NetRequest.prototype.remove = null;

            /**
             * NetRequest rules.
             * @member {supercloud.network.SetRules.$Properties|null|undefined} rules
             * @memberof supercloud.network.NetRequest
             * @instance
             */
            NetRequest.prototype.rules = null;

            /**
             * NetRequest lease.
             * @member {supercloud.network.LeaseRequest.$Properties|null|undefined} lease
             * @memberof supercloud.network.NetRequest
             * @instance
             */
            NetRequest.prototype.lease = null;

            /**
             * NetRequest release.
             * @member {supercloud.network.ReleaseRequest.$Properties|null|undefined} release
             * @memberof supercloud.network.NetRequest
             * @instance
             */
            NetRequest.prototype.release = null;

            /**
             * NetRequest versions.
             * @member {supercloud.network.VersionQuery.$Properties|null|undefined} versions
             * @memberof supercloud.network.NetRequest
             * @instance
             */
            NetRequest.prototype.versions = null;

            /**
             * NetRequest stats.
             * @member {supercloud.network.StatsQuery.$Properties|null|undefined} stats
             * @memberof supercloud.network.NetRequest
             * @instance
             */
            NetRequest.prototype.stats = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * NetRequest op.
             * @member {"pull"|"remove"|"rules"|"lease"|"release"|"versions"|"stats"|undefined} op
             * @memberof supercloud.network.NetRequest
             * @instance
             */
            $Object.defineProperty(NetRequest.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["pull", "remove", "rules", "lease", "release", "versions", "stats"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NetRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.network.NetRequest
             * @static
             * @param {supercloud.network.NetRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.NetRequest} NetRequest instance
             * @type {{
             *   (properties: supercloud.network.NetRequest.$Shape): supercloud.network.NetRequest & supercloud.network.NetRequest.$Shape;
             *   (properties?: supercloud.network.NetRequest.$Properties): supercloud.network.NetRequest;
             * }}
             */
            NetRequest.create = function(properties) {
                return new NetRequest(properties);
            };

            /**
             * Encodes the specified NetRequest message. Does not implicitly {@link supercloud.network.NetRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.NetRequest
             * @static
             * @param {supercloud.network.NetRequest.$Properties} m NetRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pull != null && $Object.hasOwnProperty.call(m, "pull"))
                    $root.supercloud.network.NetList.encode(m.pull, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.remove != null && $Object.hasOwnProperty.call(m, "remove"))
                    $root.supercloud.network.NetRef.encode(m.remove, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.rules != null && $Object.hasOwnProperty.call(m, "rules"))
                    $root.supercloud.network.SetRules.encode(m.rules, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.lease != null && $Object.hasOwnProperty.call(m, "lease"))
                    $root.supercloud.network.LeaseRequest.encode(m.lease, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.release != null && $Object.hasOwnProperty.call(m, "release"))
                    $root.supercloud.network.ReleaseRequest.encode(m.release, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.versions != null && $Object.hasOwnProperty.call(m, "versions"))
                    $root.supercloud.network.VersionQuery.encode(m.versions, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.stats != null && $Object.hasOwnProperty.call(m, "stats"))
                    $root.supercloud.network.StatsQuery.encode(m.stats, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.NetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.NetRequest & supercloud.network.NetRequest.$Shape} NetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.NetRequest();
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
                            m.pull = $root.supercloud.network.NetList.decode(r, r.size(), $undefined, q + 1, m.pull);
                            m.op = "pull";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.remove = $root.supercloud.network.NetRef.decode(r, r.size(), $undefined, q + 1, m.remove);
                            m.op = "remove";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.rules = $root.supercloud.network.SetRules.decode(r, r.size(), $undefined, q + 1, m.rules);
                            m.op = "rules";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.lease = $root.supercloud.network.LeaseRequest.decode(r, r.size(), $undefined, q + 1, m.lease);
                            m.op = "lease";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.release = $root.supercloud.network.ReleaseRequest.decode(r, r.size(), $undefined, q + 1, m.release);
                            m.op = "release";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.versions = $root.supercloud.network.VersionQuery.decode(r, r.size(), $undefined, q + 1, m.versions);
                            m.op = "versions";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.stats = $root.supercloud.network.StatsQuery.decode(r, r.size(), $undefined, q + 1, m.stats);
                            m.op = "stats";
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
             * Creates a NetRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.NetRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.NetRequest} NetRequest
             */
            NetRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.NetRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.NetRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.NetRequest();
                if (d.pull != null) {
                    if (!$util.isObject(d.pull))
                        throw $TypeError(".supercloud.network.NetRequest.pull: object expected");
                    m.pull = $root.supercloud.network.NetList.fromObject(d.pull, q + 1);
                }
                if (d.remove != null) {
                    if (!$util.isObject(d.remove))
                        throw $TypeError(".supercloud.network.NetRequest.remove: object expected");
                    m.remove = $root.supercloud.network.NetRef.fromObject(d.remove, q + 1);
                }
                if (d.rules != null) {
                    if (!$util.isObject(d.rules))
                        throw $TypeError(".supercloud.network.NetRequest.rules: object expected");
                    m.rules = $root.supercloud.network.SetRules.fromObject(d.rules, q + 1);
                }
                if (d.lease != null) {
                    if (!$util.isObject(d.lease))
                        throw $TypeError(".supercloud.network.NetRequest.lease: object expected");
                    m.lease = $root.supercloud.network.LeaseRequest.fromObject(d.lease, q + 1);
                }
                if (d.release != null) {
                    if (!$util.isObject(d.release))
                        throw $TypeError(".supercloud.network.NetRequest.release: object expected");
                    m.release = $root.supercloud.network.ReleaseRequest.fromObject(d.release, q + 1);
                }
                if (d.versions != null) {
                    if (!$util.isObject(d.versions))
                        throw $TypeError(".supercloud.network.NetRequest.versions: object expected");
                    m.versions = $root.supercloud.network.VersionQuery.fromObject(d.versions, q + 1);
                }
                if (d.stats != null) {
                    if (!$util.isObject(d.stats))
                        throw $TypeError(".supercloud.network.NetRequest.stats: object expected");
                    m.stats = $root.supercloud.network.StatsQuery.fromObject(d.stats, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a NetRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.NetRequest
             * @static
             * @param {supercloud.network.NetRequest} m NetRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.pull != null && $Object.hasOwnProperty.call(m, "pull")) {
                    d.pull = $root.supercloud.network.NetList.toObject(m.pull, o, q + 1);
                    if (o.oneofs)
                        d.op = "pull";
                }
                if (m.remove != null && $Object.hasOwnProperty.call(m, "remove")) {
                    d.remove = $root.supercloud.network.NetRef.toObject(m.remove, o, q + 1);
                    if (o.oneofs)
                        d.op = "remove";
                }
                if (m.rules != null && $Object.hasOwnProperty.call(m, "rules")) {
                    d.rules = $root.supercloud.network.SetRules.toObject(m.rules, o, q + 1);
                    if (o.oneofs)
                        d.op = "rules";
                }
                if (m.lease != null && $Object.hasOwnProperty.call(m, "lease")) {
                    d.lease = $root.supercloud.network.LeaseRequest.toObject(m.lease, o, q + 1);
                    if (o.oneofs)
                        d.op = "lease";
                }
                if (m.release != null && $Object.hasOwnProperty.call(m, "release")) {
                    d.release = $root.supercloud.network.ReleaseRequest.toObject(m.release, o, q + 1);
                    if (o.oneofs)
                        d.op = "release";
                }
                if (m.versions != null && $Object.hasOwnProperty.call(m, "versions")) {
                    d.versions = $root.supercloud.network.VersionQuery.toObject(m.versions, o, q + 1);
                    if (o.oneofs)
                        d.op = "versions";
                }
                if (m.stats != null && $Object.hasOwnProperty.call(m, "stats")) {
                    d.stats = $root.supercloud.network.StatsQuery.toObject(m.stats, o, q + 1);
                    if (o.oneofs)
                        d.op = "stats";
                }
                return d;
            };

            /**
             * Converts this NetRequest to JSON.
             * @function toJSON
             * @memberof supercloud.network.NetRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetRequest.prototype.toJSON = function() {
                return NetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetRequest;
        })();

        network.NetError = (function() {

            /**
             * Properties of a NetError.
             * @typedef {Object} supercloud.network.NetError.$Properties
             * @property {string|null} [name] NetError name
             * @property {string|null} [message] NetError message
             * @property {number|null} [status] NetError status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetError.
             * @memberof supercloud.network
             * @interface INetError
             * @augments supercloud.network.NetError.$Properties
             * @deprecated Use supercloud.network.NetError.$Properties instead.
             */

            /**
             * Shape of a NetError.
             * @typedef {supercloud.network.NetError.$Properties} supercloud.network.NetError.$Shape
             */

            /**
             * Constructs a new NetError.
             * @memberof supercloud.network
             * @classdesc Represents a NetError.
             * @constructor
             * @param {supercloud.network.NetError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetError name.
             * @member {string} name
             * @memberof supercloud.network.NetError
             * @instance
             */
            NetError.prototype.name = "";

            /**
             * NetError message.
             * @member {string} message
             * @memberof supercloud.network.NetError
             * @instance
             */
            NetError.prototype.message = "";

            /**
             * NetError status.
             * @member {number} status
             * @memberof supercloud.network.NetError
             * @instance
             */
            NetError.prototype.status = 0;

            /**
             * Creates a new NetError instance using the specified properties.
             * @function create
             * @memberof supercloud.network.NetError
             * @static
             * @param {supercloud.network.NetError.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.NetError} NetError instance
             * @type {{
             *   (properties: supercloud.network.NetError.$Shape): supercloud.network.NetError & supercloud.network.NetError.$Shape;
             *   (properties?: supercloud.network.NetError.$Properties): supercloud.network.NetError;
             * }}
             */
            NetError.create = function(properties) {
                return new NetError(properties);
            };

            /**
             * Encodes the specified NetError message. Does not implicitly {@link supercloud.network.NetError.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.NetError
             * @static
             * @param {supercloud.network.NetError.$Properties} m NetError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetError.encode = function (m, w, q) {
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
             * Decodes a NetError message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.NetError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.NetError & supercloud.network.NetError.$Shape} NetError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetError.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.NetError();
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
             * Creates a NetError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.NetError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.NetError} NetError
             */
            NetError.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.NetError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.NetError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.NetError();
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
             * Creates a plain object from a NetError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.NetError
             * @static
             * @param {supercloud.network.NetError} m NetError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetError.toObject = function (m, o, q) {
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
             * Converts this NetError to JSON.
             * @function toJSON
             * @memberof supercloud.network.NetError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetError.prototype.toJSON = function() {
                return NetError.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetError;
        })();

        network.NetResponse = (function() {

            /**
             * Properties of a NetResponse.
             * @typedef {Object} supercloud.network.NetResponse.$Properties
             * @property {supercloud.network.NetError.$Properties|null} [error] NetResponse error
             * @property {supercloud.network.SignedVnet.$Properties|null} [vnet] NetResponse vnet
             * @property {supercloud.network.NetList.$Properties|null} [list] NetResponse list
             * @property {supercloud.network.Versions.$Properties|null} [versions] NetResponse versions
             * @property {supercloud.network.SwitchStats.$Properties|null} [stats] NetResponse stats
             * @property {string|null} [ip] NetResponse ip
             * @property {"error"|"vnet"|"list"|"versions"|"stats"} [result] NetResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetResponse.
             * @memberof supercloud.network
             * @interface INetResponse
             * @augments supercloud.network.NetResponse.$Properties
             * @deprecated Use supercloud.network.NetResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a NetResponse.
             * @typedef {{
             *   error?: supercloud.network.NetError.$Shape|null;
             *   vnet?: supercloud.network.SignedVnet.$Shape|null;
             *   list?: supercloud.network.NetList.$Shape|null;
             *   versions?: supercloud.network.Versions.$Shape|null;
             *   stats?: supercloud.network.SwitchStats.$Shape|null;
             *   ip?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; error?: null; vnet?: null; list?: null; versions?: null; stats?: null }|{ result?: "error"; error: supercloud.network.NetError.$Shape; vnet?: null; list?: null; versions?: null; stats?: null }|{ result?: "vnet"; error?: null; vnet: supercloud.network.SignedVnet.$Shape; list?: null; versions?: null; stats?: null }|{ result?: "list"; error?: null; vnet?: null; list: supercloud.network.NetList.$Shape; versions?: null; stats?: null }|{ result?: "versions"; error?: null; vnet?: null; list?: null; versions: supercloud.network.Versions.$Shape; stats?: null }|{ result?: "stats"; error?: null; vnet?: null; list?: null; versions?: null; stats: supercloud.network.SwitchStats.$Shape })
             * )} supercloud.network.NetResponse.$Shape
             */

            /**
             * Constructs a new NetResponse.
             * @memberof supercloud.network
             * @classdesc Represents a NetResponse.
             * @constructor
             * @param {supercloud.network.NetResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetResponse error.
             * @member {supercloud.network.NetError.$Properties|null|undefined} error
             * @memberof supercloud.network.NetResponse
             * @instance
             */
            NetResponse.prototype.error = null;

            /**
             * NetResponse vnet.
             * @member {supercloud.network.SignedVnet.$Properties|null|undefined} vnet
             * @memberof supercloud.network.NetResponse
             * @instance
             */
            NetResponse.prototype.vnet = null;

            /**
             * NetResponse list.
             * @member {supercloud.network.NetList.$Properties|null|undefined} list
             * @memberof supercloud.network.NetResponse
             * @instance
             */
            NetResponse.prototype.list = null;

            /**
             * NetResponse versions.
             * @member {supercloud.network.Versions.$Properties|null|undefined} versions
             * @memberof supercloud.network.NetResponse
             * @instance
             */
            NetResponse.prototype.versions = null;

            /**
             * NetResponse stats.
             * @member {supercloud.network.SwitchStats.$Properties|null|undefined} stats
             * @memberof supercloud.network.NetResponse
             * @instance
             */
            NetResponse.prototype.stats = null;

            /**
             * NetResponse ip.
             * @member {string} ip
             * @memberof supercloud.network.NetResponse
             * @instance
             */
            NetResponse.prototype.ip = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * NetResponse result.
             * @member {"error"|"vnet"|"list"|"versions"|"stats"|undefined} result
             * @memberof supercloud.network.NetResponse
             * @instance
             */
            $Object.defineProperty(NetResponse.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["error", "vnet", "list", "versions", "stats"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NetResponse instance using the specified properties.
             * @function create
             * @memberof supercloud.network.NetResponse
             * @static
             * @param {supercloud.network.NetResponse.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.NetResponse} NetResponse instance
             * @type {{
             *   (properties: supercloud.network.NetResponse.$Shape): supercloud.network.NetResponse & supercloud.network.NetResponse.$Shape;
             *   (properties?: supercloud.network.NetResponse.$Properties): supercloud.network.NetResponse;
             * }}
             */
            NetResponse.create = function(properties) {
                return new NetResponse(properties);
            };

            /**
             * Encodes the specified NetResponse message. Does not implicitly {@link supercloud.network.NetResponse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.NetResponse
             * @static
             * @param {supercloud.network.NetResponse.$Properties} m NetResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.supercloud.network.NetError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.vnet != null && $Object.hasOwnProperty.call(m, "vnet"))
                    $root.supercloud.network.SignedVnet.encode(m.vnet, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.list != null && $Object.hasOwnProperty.call(m, "list"))
                    $root.supercloud.network.NetList.encode(m.list, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.versions != null && $Object.hasOwnProperty.call(m, "versions"))
                    $root.supercloud.network.Versions.encode(m.versions, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.stats != null && $Object.hasOwnProperty.call(m, "stats"))
                    $root.supercloud.network.SwitchStats.encode(m.stats, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.ip);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetResponse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.NetResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.NetResponse & supercloud.network.NetResponse.$Shape} NetResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.NetResponse();
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
                            m.error = $root.supercloud.network.NetError.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.result = "error";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.vnet = $root.supercloud.network.SignedVnet.decode(r, r.size(), $undefined, q + 1, m.vnet);
                            m.result = "vnet";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.list = $root.supercloud.network.NetList.decode(r, r.size(), $undefined, q + 1, m.list);
                            m.result = "list";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.versions = $root.supercloud.network.Versions.decode(r, r.size(), $undefined, q + 1, m.versions);
                            m.result = "versions";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.stats = $root.supercloud.network.SwitchStats.decode(r, r.size(), $undefined, q + 1, m.stats);
                            m.result = "stats";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
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
             * Creates a NetResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.NetResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.NetResponse} NetResponse
             */
            NetResponse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.NetResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.NetResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.NetResponse();
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".supercloud.network.NetResponse.error: object expected");
                    m.error = $root.supercloud.network.NetError.fromObject(d.error, q + 1);
                }
                if (d.vnet != null) {
                    if (!$util.isObject(d.vnet))
                        throw $TypeError(".supercloud.network.NetResponse.vnet: object expected");
                    m.vnet = $root.supercloud.network.SignedVnet.fromObject(d.vnet, q + 1);
                }
                if (d.list != null) {
                    if (!$util.isObject(d.list))
                        throw $TypeError(".supercloud.network.NetResponse.list: object expected");
                    m.list = $root.supercloud.network.NetList.fromObject(d.list, q + 1);
                }
                if (d.versions != null) {
                    if (!$util.isObject(d.versions))
                        throw $TypeError(".supercloud.network.NetResponse.versions: object expected");
                    m.versions = $root.supercloud.network.Versions.fromObject(d.versions, q + 1);
                }
                if (d.stats != null) {
                    if (!$util.isObject(d.stats))
                        throw $TypeError(".supercloud.network.NetResponse.stats: object expected");
                    m.stats = $root.supercloud.network.SwitchStats.fromObject(d.stats, q + 1);
                }
                if (d.ip != null) {
                    if (typeof d.ip !== "string" || d.ip.length) {
                        m.ip = $String(d.ip);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.NetResponse
             * @static
             * @param {supercloud.network.NetResponse} m NetResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ip = "";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.supercloud.network.NetError.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.result = "error";
                }
                if (m.vnet != null && $Object.hasOwnProperty.call(m, "vnet")) {
                    d.vnet = $root.supercloud.network.SignedVnet.toObject(m.vnet, o, q + 1);
                    if (o.oneofs)
                        d.result = "vnet";
                }
                if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                    d.list = $root.supercloud.network.NetList.toObject(m.list, o, q + 1);
                    if (o.oneofs)
                        d.result = "list";
                }
                if (m.versions != null && $Object.hasOwnProperty.call(m, "versions")) {
                    d.versions = $root.supercloud.network.Versions.toObject(m.versions, o, q + 1);
                    if (o.oneofs)
                        d.result = "versions";
                }
                if (m.stats != null && $Object.hasOwnProperty.call(m, "stats")) {
                    d.stats = $root.supercloud.network.SwitchStats.toObject(m.stats, o, q + 1);
                    if (o.oneofs)
                        d.result = "stats";
                }
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                    d.ip = m.ip;
                }
                return d;
            };

            /**
             * Converts this NetResponse to JSON.
             * @function toJSON
             * @memberof supercloud.network.NetResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetResponse.prototype.toJSON = function() {
                return NetResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetResponse;
        })();

        network.TunnelFrame = (function() {

            /**
             * Properties of a TunnelFrame.
             * @typedef {Object} supercloud.network.TunnelFrame.$Properties
             * @property {number|null} [vnet] TunnelFrame vnet
             * @property {Uint8Array|null} [frame] TunnelFrame frame
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TunnelFrame.
             * @memberof supercloud.network
             * @interface ITunnelFrame
             * @augments supercloud.network.TunnelFrame.$Properties
             * @deprecated Use supercloud.network.TunnelFrame.$Properties instead.
             */

            /**
             * Shape of a TunnelFrame.
             * @typedef {supercloud.network.TunnelFrame.$Properties} supercloud.network.TunnelFrame.$Shape
             */

            /**
             * Constructs a new TunnelFrame.
             * @memberof supercloud.network
             * @classdesc Represents a TunnelFrame.
             * @constructor
             * @param {supercloud.network.TunnelFrame.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TunnelFrame = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TunnelFrame vnet.
             * @member {number} vnet
             * @memberof supercloud.network.TunnelFrame
             * @instance
             */
            TunnelFrame.prototype.vnet = 0;

            /**
             * TunnelFrame frame.
             * @member {Uint8Array} frame
             * @memberof supercloud.network.TunnelFrame
             * @instance
             */
            TunnelFrame.prototype.frame = $util.newBuffer([]);

            /**
             * Creates a new TunnelFrame instance using the specified properties.
             * @function create
             * @memberof supercloud.network.TunnelFrame
             * @static
             * @param {supercloud.network.TunnelFrame.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.TunnelFrame} TunnelFrame instance
             * @type {{
             *   (properties: supercloud.network.TunnelFrame.$Shape): supercloud.network.TunnelFrame & supercloud.network.TunnelFrame.$Shape;
             *   (properties?: supercloud.network.TunnelFrame.$Properties): supercloud.network.TunnelFrame;
             * }}
             */
            TunnelFrame.create = function(properties) {
                return new TunnelFrame(properties);
            };

            /**
             * Encodes the specified TunnelFrame message. Does not implicitly {@link supercloud.network.TunnelFrame.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.TunnelFrame
             * @static
             * @param {supercloud.network.TunnelFrame.$Properties} m TunnelFrame message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TunnelFrame.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vnet != null && $Object.hasOwnProperty.call(m, "vnet") && m.vnet !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.vnet);
                if (m.frame != null && $Object.hasOwnProperty.call(m, "frame") && m.frame.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.frame);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TunnelFrame message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.TunnelFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.TunnelFrame & supercloud.network.TunnelFrame.$Shape} TunnelFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TunnelFrame.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.TunnelFrame();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vnet = v;
                            else
                                delete m.vnet;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.frame = v;
                            else
                                delete m.frame;
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
             * Creates a TunnelFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.TunnelFrame
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.TunnelFrame} TunnelFrame
             */
            TunnelFrame.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.TunnelFrame)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.TunnelFrame: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.TunnelFrame();
                if (d.vnet != null) {
                    if ($Number(d.vnet) !== 0) {
                        m.vnet = d.vnet >>> 0;
                    }
                }
                if (d.frame != null) {
                    if (d.frame.length) {
                        if (typeof d.frame === "string")
                            $util.base64.decode(d.frame, m.frame = $util.newBuffer($util.base64.length(d.frame)), 0);
                        else if (d.frame.length >= 0)
                            m.frame = d.frame;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TunnelFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.TunnelFrame
             * @static
             * @param {supercloud.network.TunnelFrame} m TunnelFrame
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TunnelFrame.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.vnet = 0;
                    if (o.bytes === $String)
                        d.frame = "";
                    else {
                        d.frame = [];
                        if (o.bytes !== $Array)
                            d.frame = $util.newBuffer(d.frame);
                    }
                }
                if (m.vnet != null && $Object.hasOwnProperty.call(m, "vnet")) {
                    d.vnet = m.vnet;
                }
                if (m.frame != null && $Object.hasOwnProperty.call(m, "frame")) {
                    d.frame = o.bytes === $String ? $util.base64.encode(m.frame, 0, m.frame.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.frame) : m.frame;
                }
                return d;
            };

            /**
             * Converts this TunnelFrame to JSON.
             * @function toJSON
             * @memberof supercloud.network.TunnelFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TunnelFrame.prototype.toJSON = function() {
                return TunnelFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TunnelFrame;
        })();

        network.TunnelBatch = (function() {

            /**
             * Properties of a TunnelBatch.
             * @typedef {Object} supercloud.network.TunnelBatch.$Properties
             * @property {Array.<supercloud.network.TunnelFrame.$Properties>|null} [frames] TunnelBatch frames
             * @property {Array.<Uint8Array>|null} [inventories] TunnelBatch inventories
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TunnelBatch.
             * @memberof supercloud.network
             * @interface ITunnelBatch
             * @augments supercloud.network.TunnelBatch.$Properties
             * @deprecated Use supercloud.network.TunnelBatch.$Properties instead.
             */

            /**
             * Shape of a TunnelBatch.
             * @typedef {supercloud.network.TunnelBatch.$Properties} supercloud.network.TunnelBatch.$Shape
             */

            /**
             * Constructs a new TunnelBatch.
             * @memberof supercloud.network
             * @classdesc Represents a TunnelBatch.
             * @constructor
             * @param {supercloud.network.TunnelBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TunnelBatch = function (p) {
                this.frames = [];
                this.inventories = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TunnelBatch frames.
             * @member {Array.<supercloud.network.TunnelFrame.$Properties>} frames
             * @memberof supercloud.network.TunnelBatch
             * @instance
             */
            TunnelBatch.prototype.frames = $util.emptyArray;

            /**
             * TunnelBatch inventories.
             * @member {Array.<Uint8Array>} inventories
             * @memberof supercloud.network.TunnelBatch
             * @instance
             */
            TunnelBatch.prototype.inventories = $util.emptyArray;

            /**
             * Creates a new TunnelBatch instance using the specified properties.
             * @function create
             * @memberof supercloud.network.TunnelBatch
             * @static
             * @param {supercloud.network.TunnelBatch.$Properties=} [properties] Properties to set
             * @returns {supercloud.network.TunnelBatch} TunnelBatch instance
             * @type {{
             *   (properties: supercloud.network.TunnelBatch.$Shape): supercloud.network.TunnelBatch & supercloud.network.TunnelBatch.$Shape;
             *   (properties?: supercloud.network.TunnelBatch.$Properties): supercloud.network.TunnelBatch;
             * }}
             */
            TunnelBatch.create = function(properties) {
                return new TunnelBatch(properties);
            };

            /**
             * Encodes the specified TunnelBatch message. Does not implicitly {@link supercloud.network.TunnelBatch.verify|verify} messages.
             * @function encode
             * @memberof supercloud.network.TunnelBatch
             * @static
             * @param {supercloud.network.TunnelBatch.$Properties} m TunnelBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TunnelBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.frames != null && m.frames.length) {
                    for (var i = 0; i < m.frames.length; ++i)
                        $root.supercloud.network.TunnelFrame.encode(m.frames[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.inventories != null && m.inventories.length) {
                    for (var i = 0; i < m.inventories.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.inventories[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TunnelBatch message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.network.TunnelBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.network.TunnelBatch & supercloud.network.TunnelBatch.$Shape} TunnelBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TunnelBatch.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.network.TunnelBatch();
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
                            if (!(m.frames && m.frames.length))
                                m.frames = [];
                            m.frames.push($root.supercloud.network.TunnelFrame.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.inventories && m.inventories.length))
                                m.inventories = [];
                            m.inventories.push(r.bytes());
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
             * Creates a TunnelBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.network.TunnelBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.network.TunnelBatch} TunnelBatch
             */
            TunnelBatch.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.network.TunnelBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.network.TunnelBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.network.TunnelBatch();
                if (d.frames) {
                    if (!$Array.isArray(d.frames))
                        throw $TypeError(".supercloud.network.TunnelBatch.frames: array expected");
                    m.frames = $Array(d.frames.length);
                    for (var i = 0; i < d.frames.length; ++i) {
                        if (!$util.isObject(d.frames[i]))
                            throw $TypeError(".supercloud.network.TunnelBatch.frames: object expected");
                        m.frames[i] = $root.supercloud.network.TunnelFrame.fromObject(d.frames[i], q + 1);
                    }
                }
                if (d.inventories) {
                    if (!$Array.isArray(d.inventories))
                        throw $TypeError(".supercloud.network.TunnelBatch.inventories: array expected");
                    m.inventories = $Array(d.inventories.length);
                    for (var i = 0; i < d.inventories.length; ++i) {
                        if (typeof d.inventories[i] === "string")
                            $util.base64.decode(d.inventories[i], m.inventories[i] = $util.newBuffer($util.base64.length(d.inventories[i])), 0);
                        else if (d.inventories[i].length >= 0)
                            m.inventories[i] = d.inventories[i];
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TunnelBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.network.TunnelBatch
             * @static
             * @param {supercloud.network.TunnelBatch} m TunnelBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TunnelBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.frames = [];
                    d.inventories = [];
                }
                if (m.frames && m.frames.length) {
                    d.frames = $Array(m.frames.length);
                    for (var j = 0; j < m.frames.length; ++j) {
                        d.frames[j] = $root.supercloud.network.TunnelFrame.toObject(m.frames[j], o, q + 1);
                    }
                }
                if (m.inventories && m.inventories.length) {
                    d.inventories = $Array(m.inventories.length);
                    for (var j = 0; j < m.inventories.length; ++j) {
                        d.inventories[j] = o.bytes === $String ? $util.base64.encode(m.inventories[j], 0, m.inventories[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.inventories[j]) : m.inventories[j];
                    }
                }
                return d;
            };

            /**
             * Converts this TunnelBatch to JSON.
             * @function toJSON
             * @memberof supercloud.network.TunnelBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TunnelBatch.prototype.toJSON = function() {
                return TunnelBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TunnelBatch;
        })();

        return network;
    })();

    return supercloud;
})();

export {
  $root as default
};
